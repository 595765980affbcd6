// Storage and scale figures for `npm run bench`: the store alone (precomputed extractions, one transaction per
// document against batches), and generated corpora of growing size streamed through the whole ingest pipeline
// into a fresh store, then stories listed and searches timed, one client and 50 at once.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { documentFromText } from '../src/ingest/index.js';
import { ingestPaths, prepareDocument, WRITE_BATCH } from '../src/pipeline/ingest-documents.js';
import { migrate } from '../src/store/migrate.js';
import { openDatabase, type OpenOptions } from '../src/store/open.js';
import { storeOn, type Store } from '../src/store/store.js';
import type { DocumentToSave } from '../src/store/index.js';
import { generateCorpus, generateFeedCorpus, type BenchDocument } from './corpus.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** A fresh, empty store: a temporary PGlite folder, or a schema of its own on the PostgreSQL server. */
export async function freshStore(databaseUrl?: string): Promise<{ store: Store; pool: pg.Pool; drop(): Promise<void> }> {
  if (!databaseUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-'));
    const { store, pool } = await openMigrated({ dataDir });
    return { store, pool, drop: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const schema = `concord_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  const { store, pool } = await openMigrated({ databaseUrl: url.toString() });
  return {
    store,
    pool,
    drop: async () => {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function openMigrated(options: OpenOptions): Promise<{ store: Store; pool: pg.Pool }> {
  const database = await openDatabase(options);
  await migrate(database.pool);
  return { store: storeOn(database), pool: database.pool };
}

function prepared(texts: string[], count: number, seed: number): DocumentToSave[] {
  return [...generateCorpus(texts, count, seed)].map((d) =>
    prepareDocument(documentFromText(d.text, { file: d.file, published: d.published })));
}

/** saveDocument one by one against saveDocuments in batches, extraction done beforehand. */
export async function measureStoreOnly(texts: string[], count: number, databaseUrl?: string) {
  const items = prepared(texts, count, 3);
  const timeSaving = async (batch: number) => {
    const { store, drop } = await freshStore(databaseUrl);
    try {
      const cpu = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < items.length; i += batch) {
        if (batch === 1) await store.saveDocument(items[i].doc, items[i].extraction, items[i].knowledge);
        else await store.saveDocuments(items.slice(i, i + batch));
      }
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      return { docs_per_s: round(items.length / seconds), ms_per_doc: round((seconds * 1000) / items.length),
        process_cpu_ms_per_doc: round((used.user + used.system) / 1000 / items.length) };
    } finally {
      await drop();
    }
  };
  return { docs: items.length, batch_size: WRITE_BATCH, one_per_transaction: await timeSaving(1), batched: await timeSaving(WRITE_BATCH) };
}

const QUERIES = ['trade turnover', 'товарооборот', 'intergovernmental commission', 'дорожная карта', 'investment',
  'Overchuk', 'agreement signed', 'газ', 'railway', 'Baku'];

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50_ms: round(at(50)), p95_ms: round(at(95)), p99_ms: round(at(99)) };
}

async function timedSearch(store: Store, query: string, samples: number[]) {
  const started = performance.now();
  await store.search(query, { limit: 10 });
  samples.push(performance.now() - started);
}

/** Search latency for one client in turn, then for `clients` at once (each running `perClient` searches). */
export async function measureSearch(store: Store, rounds = 100, clients = 50, perClient = 4) {
  for (const query of QUERIES) await store.search(query, { limit: 10 });
  const single: number[] = [];
  for (let i = 0; i < rounds; i++) await timedSearch(store, QUERIES[i % QUERIES.length], single);
  const concurrent: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; i < perClient; i++) await timedSearch(store, QUERIES[(c + i) % QUERIES.length], concurrent);
  }));
  const seconds = (performance.now() - started) / 1000;
  return {
    one_client: { searches: single.length, ...percentiles(single) },
    concurrent: { clients, searches: concurrent.length, ...percentiles(concurrent), searches_per_s: round(concurrent.length / seconds) },
  };
}

/**
 * Generated documents as a folder of text files with an index.jsonl of their dates, written as they are
 * generated (never all in memory), so that ingest is measured end to end: files read, extracted, stored.
 */
export function writeCorpusFolder(docs: Iterable<BenchDocument>): { dir: string; count: number; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'concord-bench-corpus-'));
  let count = 0;
  let index = '';
  for (const d of docs) {
    writeFileSync(join(dir, d.file), d.text);
    index += JSON.stringify({ file: d.file, published: d.published }) + '\n';
    if (index.length > 1 << 20) { appendFileSync(join(dir, 'index.jsonl'), index); index = ''; }
    count++;
  }
  appendFileSync(join(dir, 'index.jsonl'), index);
  return { dir, count, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ingests a folder with the CLI's pipeline (extraction on worker threads); seconds and CPU of this process. */
export async function ingestFolder(store: Store, dir: string) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const summary = await ingestPaths(store, [dir]);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (summary.failed > 0) throw new Error(`${summary.failed} generated documents failed to ingest`);
  return { summary, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** `size` generated documents ingested from files through the whole pipeline into a fresh store, then stories and search. */
export async function measureScale(texts: string[], size: number, databaseUrl?: string) {
  const corpus = writeCorpusFolder(generateFeedCorpus(texts, size, 7));
  const { store, pool, drop } = await freshStore(databaseUrl);
  try {
    const ingest = await ingestFolder(store, corpus.dir);
    const storiesStarted = performance.now();
    const stories = await store.listStories({ copiesOnly: true });
    const storiesSeconds = (performance.now() - storiesStarted) / 1000;
    const bytes = await tableBytes(pool);
    const searchStarted = performance.now();
    const search = await measureSearch(store);
    const searchSeconds = (performance.now() - searchStarted) / 1000;
    return {
      docs: size,
      facts: ingest.summary.facts,
      // CPU of this process and its extraction threads: on PGlite that is all of it; the server's is not counted.
      ingest: { seconds: round(ingest.seconds), docs_per_s: round(size / ingest.seconds),
        docs_per_process_cpu_s: round(size / ingest.cpuSeconds) },
      stories: { seconds: round(storiesSeconds), with_copies: stories.length },
      table_and_index_mb: round(bytes / 2 ** 20),
      ingest_stories_search_seconds: round(ingest.seconds + storiesSeconds + searchSeconds),
      search,
      rss_mb: round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    await drop();
    corpus.remove();
  }
}

/** Peak resident memory of this process so far. */
export const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);

/** Bytes of the store's tables with their indexes and TOAST, in the schema it writes to. */
async function tableBytes(pool: pg.Pool): Promise<number> {
  const found = await pool.query<{ bytes: string }>(`
    SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r'`);
  return Number(found.rows[0].bytes);
}
