// Read model figures: a PGlite store filled with N generated documents (and the example plan linked to them),
// the time to rebuild each read model, then the latency of the listing routes and of the web pages that read
// them, served in-process, and of the first read after a change (which rebuilds). Prints one JSON object.
//   npx tsx bench/read-models.ts [--docs N] [--rounds R]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { documentFromText } from '../src/ingest/index.js';
import { BatchWriter, prepareDocument } from '../src/pipeline/ingest-documents.js';
import { readInstruments, readPeople } from '../src/pipeline/read-entities.js';
import { readFigures } from '../src/pipeline/read-figures.js';
import { READ_MODELS, rebuildModel, type ReadModelName } from '../src/pipeline/read-models.js';
import { readReviewItems } from '../src/pipeline/read-review.js';
import { readTimeline } from '../src/pipeline/read-timeline.js';
import { linkEvidence, parsePlan } from '../src/plans/index.js';
import type { Store } from '../src/store/index.js';
import { createSite } from '../web/site.js';
import { generateFeedCorpus, loadTexts } from './corpus.js';
import { freshStore, peakRssMb } from './scale.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '30' } } });
const docs = Number(values.docs);
const rounds = Number(values.rounds);
const shared = process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../shared');
const PLAN = join(import.meta.dirname, '../examples/plans/ru-az-action-plan-2024.yaml');

const round = (n: number) => Math.round(n * 10) / 10;

/** The reconciliation each model is rebuilt from: what every request computed before there were read models. */
const RECONCILE: Record<ReadModelName, (store: Store) => Promise<unknown[]>> = {
  figures: (store) => readFigures(store),
  people: (store) => readPeople(store),
  instruments: (store) => readInstruments(store),
  timeline: (store) => readTimeline(store),
  review: (store) => readReviewItems(store),
};

const ROUTES = [
  '/api/indicators/trade_turnover?pair=AZ-RU', '/api/people', '/api/instruments', '/api/conflicts', '/api/review/queue',
  '/api/timeline', '/', '/people', '/instruments', '/review', '/timeline',
];

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50_ms: round(at(50)), p95_ms: round(at(95)) };
}

async function fill(store: Store): Promise<number> {
  let facts = 0;
  const writer = new BatchWriter(store);
  for (const d of generateFeedCorpus(loadTexts(shared), docs, 7)) {
    const item = prepareDocument(documentFromText(d.text, { file: d.file, published: d.published }));
    await writer.add(item, (saved) => { if ('error' in saved) throw saved.error; });
    facts += item.extraction.measurements.length + item.extraction.instruments.length + item.extraction.events.length + item.extraction.people.length;
  }
  await writer.flush();
  const plan = parsePlan(readFileSync(PLAN, 'utf8'), PLAN);
  await store.plans.save(plan, PLAN);
  const { facts: linkable, documentTexts } = await store.plans.linkableFacts();
  await store.plans.replaceLinks(plan.id, linkEvidence(plan, linkable, { documentTexts }));
  return facts;
}

const { store, drop } = await freshStore();
const dataDir = mkdtempSync(join(tmpdir(), 'concord-bench-site-'));
try {
  const [facts, fillMs] = await timed(() => fill(store));

  const models: Record<string, { items: number; reconcile_ms: number; rebuild_ms: number }> = {};
  for (const name of READ_MODELS) {
    const [, reconcileMs] = await timed(() => RECONCILE[name](store));
    const [items, rebuildMs] = await timed(() => rebuildModel(store, name));
    models[name] = { items, reconcile_ms: round(reconcileMs), rebuild_ms: round(rebuildMs) };
  }

  const site = createSite({ store, dataDir });
  const get = async (path: string) => {
    const response = await site.request(path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.text();
  };
  const routes: Record<string, { bytes: number; p50_ms: number; p95_ms: number }> = {};
  for (const path of ROUTES) {
    const bytes = (await get(path)).length;
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) samples.push((await timed(() => get(path)))[1]);
    routes[path] = { bytes, ...percentiles(samples) };
  }

  // One more document: the next read of each listing finds its model stale and waits for the rebuild.
  const extra = 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023, said Alexei Overchuk.';
  await store.saveDocuments([prepareDocument(documentFromText(extra, { file: 'extra.txt', published: '2024-03-05' }))]);
  const afterChange: Record<string, number> = {};
  for (const path of ['/api/indicators/trade_turnover?pair=AZ-RU', '/api/people', '/api/instruments', '/api/timeline', '/api/review/queue']) {
    afterChange[path] = round((await timed(() => get(path)))[1]);
  }

  console.log(JSON.stringify({
    docs, facts, fill_seconds: round(fillMs / 1000), engine: store.engine, rounds,
    models, routes, first_read_after_a_change_ms: afterChange, peak_rss_mb: peakRssMb(),
  }, null, 2));
} finally {
  await drop();
  rmSync(dataDir, { recursive: true, force: true });
}
