import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentFromText } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { extractDocument } from '../src/pipeline/extract-documents.js';
import { generateCorpus, loadTexts } from './corpus.js';
const texts = loadTexts(join(import.meta.dirname, '../../shared'));
const n = Number(process.argv[2] ?? 500);
const prepared = [...generateCorpus(texts, n, 3)].map((d) => { const document = documentFromText(d.text, { file: d.file, published: d.published }); return { document, extraction: extractDocument(document).extraction }; });
const facts = prepared.reduce((s, p) => s + p.extraction.measurements.length + p.extraction.instruments.length + p.extraction.events.length + p.extraction.people.length, 0);
console.log('avg chars', prepared.reduce((s, p) => s + p.document.text.length, 0) / n, 'avg facts', facts / n);
for (const url of [undefined, process.env.TEST_DATABASE_URL]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-sc-'));
  const store = await openStore(url ? { databaseUrl: url } : { dataDir });
  if (url) await (store as any).close && null;
  const t = performance.now();
  for (const p of prepared) await store.saveDocument(p.document, p.extraction);
  const s = (performance.now() - t) / 1000;
  console.log(url ? 'pg' : 'pglite', n / s, 'docs/s');
  await store.close(); rmSync(dataDir, { recursive: true, force: true });
}
