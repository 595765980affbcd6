// `npm run bench [-- --json] [-- --quick]`: prints throughput figures; never asserts timings.
// Extraction runs side by side with chrono-node (dates only) on the same texts as the reference.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../src/extract/index.js';
import { documentFromText } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { extractDocument } from '../src/pipeline/extract-documents.js';
import { generateCorpus, loadTexts, type BenchDocument } from './corpus.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const shared = process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../shared');
const texts = loadTexts(shared);

function measure(docs: BenchDocument[], fn: (d: BenchDocument) => void) {
  for (const d of docs.slice(0, 50)) fn(d);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const started = performance.now();
  for (const d of docs) fn(d);
  const seconds = (performance.now() - started) / 1000;
  return { docs: docs.length, seconds: round(seconds), docs_per_s: round(docs.length / seconds), mb_per_s: round(bytes / 1e6 / seconds) };
}

async function measureIngest(docs: BenchDocument[], databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    const started = performance.now();
    for (const d of docs) {
      const document = documentFromText(d.text, { file: d.file, published: d.published });
      await store.saveDocument(document, extractDocument(document).extraction);
    }
    const seconds = (performance.now() - started) / 1000;
    return { docs: docs.length, seconds: round(seconds), docs_per_s: round(docs.length / seconds) };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

const extractionDocs = [...generateCorpus(texts, quick ? 1000 : 10_000)];
const concord = measure(extractionDocs, (d) => extract({ text: d.text, published: d.published }));
const reference = measure(extractionDocs, (d) => chrono.parse(d.text, new Date(d.published + 'T00:00:00Z')));
const ingestDocs = [...generateCorpus(texts, quick ? 300 : 1000, 2)];
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: round(totalmem() / 2 ** 30), node: process.version },
  extraction: { concord, chrono: reference, ratio: round(concord.docs_per_s / reference.docs_per_s) },
  ingest: { pglite: await measureIngest(ingestDocs) },
  peak_rss_mb: round(process.memoryUsage().rss / 2 ** 20),
};
if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) {
  (results.ingest as Record<string, unknown>).postgres = await measureIngest(ingestDocs, process.env.DATABASE_URL || process.env.TEST_DATABASE_URL);
}

if (json) console.log(JSON.stringify(results));
else {
  const e = results.extraction as { concord: typeof concord; chrono: typeof reference; ratio: number };
  console.log(`extraction  concord ${e.concord.docs_per_s} docs/s (${e.concord.mb_per_s} MB/s) over ${e.concord.docs} docs`);
  console.log(`            chrono-node dates only ${e.chrono.docs_per_s} docs/s: concord runs at ${e.ratio}x`);
  for (const [engine, r] of Object.entries(results.ingest as Record<string, { docs_per_s: number; docs: number }>)) {
    console.log(`ingest      ${engine} ${r.docs_per_s} docs/s end to end over ${r.docs} docs`);
  }
  console.log(`peak RSS    ${results.peak_rss_mb} MB`);
}
