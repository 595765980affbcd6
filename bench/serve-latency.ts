// `npx tsx bench/serve-latency.ts --data DIR [--clients 50] [--rounds 200] [--json]`: latency of search, API and
// pages of an existing store, served over a real socket as `concord serve` does, first one request at a time,
// then `clients` at once. Prints p50/p95/p99 per path; never asserts.
import './native-regexps.js';
import { parseArgs } from 'node:util';
import { listen } from '../src/api/listen.js';
import { openStore } from '../src/store/index.js';
import { createSite } from '../web/site.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, url: { type: 'string' }, clients: { type: 'string' }, rounds: { type: 'string' }, json: { type: 'boolean' } },
});
if (!values.data && !values.url) throw new Error('give --data DIR (a PGlite store) or --url postgres://…');
const clients = Number(values.clients ?? 50);
const rounds = Number(values.rounds ?? 100);

/** What people ask of a large store: searches in both languages, the knowledge pages and their API. */
export const PATHS = [
  '/api/search?q=trade+turnover', '/api/search?q=%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82',
  '/api/search?q=intergovernmental+commission', '/api/search?q=Overchuk', '/api/search?q=railway',
  '/api/documents?limit=20', '/api/facts?kind=measurement&limit=20', '/api/stats',
  '/api/indicators/trade_turnover?pair=AZ-RU', '/api/conflicts', '/api/people', '/api/instruments', '/api/timeline',
  '/api/review/queue', '/', '/documents?q=trade', '/people', '/instruments', '/timeline', '/review',
];

const round = (n: number) => Math.round(n * 10) / 10;
function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: samples.length, p50_ms: round(at(50)), p95_ms: round(at(95)), p99_ms: round(at(99)) };
}

const store = await openStore(values.url ? { databaseUrl: values.url } : { dataDir: values.data! });
const server = await listen(createSite({ store, dataDir: values.data ?? '.' }).fetch, 0, '127.0.0.1');
try {
  const timed = async (path: string, samples: number[]) => {
    const started = performance.now();
    const response = await fetch(server.url + path);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    samples.push(performance.now() - started);
  };
  const first: Record<string, number> = {};
  for (const path of PATHS) {
    const samples: number[] = [];
    await timed(path, samples);
    first[path] = round(samples[0]);
    if (!values.json) console.error(`first ${path}: ${first[path]} ms`);
  }
  const single: Record<string, ReturnType<typeof percentiles>> = {};
  for (const path of PATHS) {
    const samples: number[] = [];
    for (let i = 0; i < Math.max(5, Math.round(rounds / PATHS.length)); i++) await timed(path, samples);
    single[path] = percentiles(samples);
  }
  const all: number[] = [];
  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; i < 4; i++) {
      const path = PATHS[(c + i) % PATHS.length];
      await timed(path, all).catch((error: Error) => failures.push(`${path}: ${error.message}`));
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const stats = await store.stats();
  const result = {
    documents: stats.documents, first_request_ms: first, one_client: single,
    concurrent: { clients, ...percentiles(all), requests_per_s: round(all.length / seconds), failed: failures.length, failures: failures.slice(0, 5) },
  };
  console.log(JSON.stringify(result, null, values.json ? 0 : 2));
} finally {
  await server.close();
  await store.close();
}
