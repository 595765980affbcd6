// `npx tsx bench/ingest-profile.ts`: CPU milliseconds per document for each ingest step (read, extract, knowledge,
// store without and with story placement) on 400 feed-corpus documents in a fresh PGlite store.
import { join } from 'node:path';
import { documentFromText } from '../src/ingest/index.js';
import { extractDocument } from '../src/pipeline/extract-documents.js';
import { knowledgeToSave } from '../src/pipeline/document-knowledge.js';
import { WRITE_BATCH } from '../src/pipeline/ingest-documents.js';
import { generateFeedCorpus as generateCorpus, loadTexts } from './corpus.js';
import { freshStore } from './scale.js';
const texts = loadTexts(join(import.meta.dirname, '../../shared'));
const docs = [...generateCorpus(texts, 400, 9)];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu(); const documents = docs.map((d) => documentFromText(d.text, { file: d.file, published: d.published })); console.log('read ms/doc', (cpu() - t) / docs.length);
t = cpu(); const ex = documents.map((d) => extractDocument(d).extraction); console.log('extract ms/doc', (cpu() - t) / docs.length);
t = cpu(); const kn = documents.map((d, i) => knowledgeToSave(d, ex[i].lang)); console.log('knowledge ms/doc', (cpu() - t) / docs.length);
for (const withKnowledge of [false, true]) {
  const { store, drop } = await freshStore();
  t = cpu(); const w = performance.now();
  for (let i = 0; i < docs.length; i += WRITE_BATCH) await store.saveDocuments(documents.slice(i, i + WRITE_BATCH).map((doc, k) => ({ doc, extraction: ex[i + k], knowledge: withKnowledge ? kn[i + k] : undefined })));
  console.log('save', withKnowledge ? 'with stories' : 'no stories', 'cpu ms/doc', (cpu() - t) / docs.length, 'wall ms/doc', (performance.now() - w) / docs.length);
  await drop();
}
