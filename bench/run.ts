// `npm run bench [-- --json] [-- --quick]`: prints throughput figures; never asserts timings.
// Extraction runs side by side with chrono-node (dates only) on the same texts as the reference.
import './native-regexps.js';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../src/extract/index.js';
import { generateCorpus, loadTexts, type BenchDocument } from './corpus.js';
import { freshStore, ingestFolder, measureScale, measureStoreOnly, peakRssMb, writeCorpusFolder } from './scale.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
/** --full adds the 100k-document corpus to the scale runs. */
const full = args.includes('--full');
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

/** End to end: files → document → extraction (worker threads) → knowledge → store, as `concord ingest` does. */
async function measureIngest(docs: BenchDocument[], databaseUrl?: string) {
  const corpus = writeCorpusFolder(docs);
  const { store, drop } = await freshStore(databaseUrl);
  try {
    const { seconds } = await ingestFolder(store, corpus.dir);
    return { docs: docs.length, seconds: round(seconds), docs_per_s: round(docs.length / seconds) };
  } finally {
    await drop();
    corpus.remove();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

const extractionDocs = [...generateCorpus(texts, quick ? 1000 : 10_000)];
const concord = measure(extractionDocs, (d) => extract({ text: d.text, published: d.published }));
const reference = measure(extractionDocs, (d) => chrono.parse(d.text, new Date(d.published + 'T00:00:00Z')));
const ingestDocs = [...generateCorpus(texts, quick ? 1000 : 3000, 2)];
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: round(totalmem() / 2 ** 30), node: process.version },
  extraction: { concord, chrono: reference, ratio: round(concord.docs_per_s / reference.docs_per_s) },
  ingest: { pglite: await measureIngest(ingestDocs) },
  peak_rss_mb: round(process.memoryUsage().rss / 2 ** 20),
};
const postgresUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
if (postgresUrl) {
  (results.ingest as Record<string, unknown>).postgres = await measureIngest(ingestDocs, postgresUrl);
}

// The store alone, then whole corpora of growing size on each engine.
const engines: [string, string | undefined][] = [['pglite', undefined], ...(postgresUrl ? [['postgres', postgresUrl] as [string, string]] : [])];
results.store = {};
for (const [engine, url] of engines) {
  (results.store as Record<string, unknown>)[engine] = await measureStoreOnly(texts, quick ? 300 : 2000, url);
}
const sizes = quick ? [1000] : full ? [1000, 10_000, 100_000] : [1000, 10_000];
results.scale = {};
for (const [engine, url] of engines) {
  const bySize: Record<string, unknown> = {};
  for (const size of sizes) bySize[String(size)] = await measureScale(texts, size, url);
  (results.scale as Record<string, unknown>)[engine] = bySize;
}
results.peak_rss_mb = peakRssMb();

if (json) console.log(JSON.stringify(results));
else {
  const e = results.extraction as { concord: typeof concord; chrono: typeof reference; ratio: number };
  console.log(`extraction  concord ${e.concord.docs_per_s} docs/s (${e.concord.mb_per_s} MB/s) over ${e.concord.docs} docs`);
  console.log(`            chrono-node dates only ${e.chrono.docs_per_s} docs/s: concord runs at ${e.ratio}x`);
  for (const [engine, r] of Object.entries(results.ingest as Record<string, { docs_per_s: number; docs: number }>)) {
    console.log(`ingest      ${engine} ${r.docs_per_s} docs/s end to end over ${r.docs} docs`);
  }
  for (const [engine, r] of Object.entries(results.store as Record<string, Awaited<ReturnType<typeof measureStoreOnly>>>)) {
    console.log(`store only  ${engine} ${r.one_per_transaction.docs_per_s} docs/s one per transaction, ${r.batched.docs_per_s} docs/s in batches of ${r.batch_size} (${r.docs} docs, extraction done beforehand)`);
  }
  for (const [engine, bySize] of Object.entries(results.scale as Record<string, Record<string, Awaited<ReturnType<typeof measureScale>>>>)) {
    for (const [size, f] of Object.entries(bySize)) {
      const one = f.search.one_client;
      const many = f.search.concurrent;
      console.log(`scale       ${engine} ${size} docs: ingest ${f.ingest.docs_per_s} docs/s (${f.ingest.seconds} s), stories ${f.stories.seconds} s, ` +
        `ingest+stories+search ${f.ingest_stories_search_seconds} s; search p50/p95/p99 ${one.p50_ms}/${one.p95_ms}/${one.p99_ms} ms, ` +
        `${many.clients} clients ${many.p50_ms}/${many.p95_ms}/${many.p99_ms} ms (${many.searches_per_s}/s); RSS ${f.rss_mb} MB`);
    }
  }
  console.log(`peak RSS    ${results.peak_rss_mb} MB`);
}

