// `npx tsx bench/ingest-profile.ts [SIZE…]`: CPU milliseconds per document for each ingest step (read, extract,
// knowledge, store without and with story placement) on SIZE feed-corpus documents (400 when none is given) in a
// fresh PGlite store. Story placement is the difference of the two saves, also per 1,000 documents stored, to
// show whether it grows with the store; the grouping's fingerprint lets two versions be compared for equality.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { documentFromText } from '../src/ingest/index.js';
import { extractDocument } from '../src/pipeline/extract-documents.js';
import { knowledgeToSave } from '../src/pipeline/document-knowledge.js';
import { WRITE_BATCH } from '../src/pipeline/ingest-documents.js';
import { generateFeedCorpus as generateCorpus, loadTexts } from './corpus.js';
import { freshStore } from './scale.js';

const SEGMENT = 1000;
const texts = loadTexts(join(import.meta.dirname, '../../shared'));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const round = (n: number) => Math.round(n * 100) / 100;

for (const size of sizes.length > 0 ? sizes : [400]) {
  console.log(`-- ${size} documents`);
  const docs = [...generateCorpus(texts, size, 9)];
  let t = cpu(); const documents = docs.map((d) => documentFromText(d.text, { file: d.file, published: d.published })); console.log('read ms/doc', round((cpu() - t) / size));
  t = cpu(); const ex = documents.map((d) => extractDocument(d).extraction); console.log('extract ms/doc', round((cpu() - t) / size));
  t = cpu(); const kn = documents.map((d, i) => knowledgeToSave(d, ex[i].lang)); console.log('knowledge ms/doc', round((cpu() - t) / size));
  const segments: number[][] = [];
  for (const withKnowledge of [false, true]) {
    const { store, drop } = await freshStore();
    const perSegment: number[] = [];
    const start = cpu(); const wall = performance.now();
    let segmentStart = start;
    for (let i = 0; i < size; i += WRITE_BATCH) {
      await store.saveDocuments(documents.slice(i, i + WRITE_BATCH).map((doc, k) => ({ doc, extraction: ex[i + k], knowledge: withKnowledge ? kn[i + k] : undefined })));
      const done = Math.min(i + WRITE_BATCH, size);
      if (done % SEGMENT < WRITE_BATCH || done === size) {
        const now = cpu();
        perSegment.push((now - segmentStart) / (done - perSegment.length * SEGMENT));
        segmentStart = now;
      }
    }
    console.log('save', withKnowledge ? 'with stories' : 'no stories', 'cpu ms/doc', round((cpu() - start) / size), 'wall ms/doc', round((performance.now() - wall) / size));
    segments.push(perSegment);
    if (withKnowledge) {
      const stories = await store.listStories();
      const grouping = stories.map((story) => story.documents.map((doc) => `${doc.id}:${doc.similarity}`).join(',')).sort().join('\n');
      const copies = stories.filter((story) => story.documents.length > 1).length;
      console.log('stories', stories.length, 'with copies', copies, 'fingerprint', createHash('sha256').update(grouping).digest('hex').slice(0, 12));
    }
    await drop();
  }
  const [plain, stories] = segments;
  console.log('story placement ms/doc', round(stories.reduce((sum, ms, k) => sum + ms * Math.min(SEGMENT, size - k * SEGMENT), 0) / size
    - plain.reduce((sum, ms, k) => sum + ms * Math.min(SEGMENT, size - k * SEGMENT), 0) / size),
  'per 1,000 stored', stories.map((ms, k) => round(ms - plain[k])).join(' / '));
}
