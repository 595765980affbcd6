// `npx tsx bench/scale-run.ts [SIZE...] [--json]`: the storage and scale figures alone (no extraction comparison),
// for the sizes given (default 1000 10000), on PGlite and, with DATABASE_URL or TEST_DATABASE_URL, on PostgreSQL.
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadTexts } from './corpus.js';
import { measureScale, measureStoreOnly, peakRssMb } from './scale.js';

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const texts = loadTexts(process.env.CONCORD_SHARED ?? join(import.meta.dirname, '../../shared'));
const postgresUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const engines: [string, string | undefined][] = [['pglite', undefined], ...(postgresUrl ? [['postgres', postgresUrl] as [string, string]] : [])];
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version, load_average_at_start: loadavg()[0] },
  store: {}, scale: {},
};
for (const [engine, url] of engines) {
  (results.store as Record<string, unknown>)[engine] = await measureStoreOnly(texts, 1000, url);
  const bySize: Record<string, unknown> = {};
  for (const size of sizes.length ? sizes : [1000, 10_000]) {
    bySize[size] = await measureScale(texts, size, url);
    if (!args.includes('--json')) console.error(engine, size, JSON.stringify(bySize[size]));
  }
  (results.scale as Record<string, unknown>)[engine] = bySize;
}
results.peak_rss_mb = peakRssMb();
(results.machine as Record<string, unknown>).load_average_at_end = loadavg()[0];
console.log(JSON.stringify(results, null, args.includes('--json') ? 0 : 2));
