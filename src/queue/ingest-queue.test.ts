import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../../test/helpers/test-store.js';
import { migrate } from '../store/migrate.js';
import { storeOn } from '../store/store.js';
import { IngestQueue, type IngestJob, type QueueSettings } from './ingest-queue.js';

const TEXT = (n: number) =>
  `BAKU, March ${1 + (n % 28)}. Trade turnover between Azerbaijan and Russia reached $${n + 1}.5 billion in 2021, ` +
  `the ministers said after meeting number ${n} of the intergovernmental commission.`;

describe.skipIf(!postgresUrl)('the ingest queue on PostgreSQL', () => {
  let db: TestDatabase;
  let queue: IngestQueue;
  const settings: Partial<QueueSettings> = {
    schema: `concord_queue_test_${process.pid}`,
    expireInSeconds: 2,
    retryDelaySeconds: 0,
    maintenanceIntervalSeconds: 1,
    pollIntervalMs: 100,
    batchSize: 8,
  };

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    await migrate(db.database.pool);
    queue = await IngestQueue.open(db.openOptions.databaseUrl!, settings);
  });
  afterAll(async () => {
    await queue?.close();
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${settings.schema} CASCADE`);
    await admin.end();
    await db?.drop();
  });

  it('retries the jobs of a worker killed mid-job, storing every document once', async () => {
    const jobs: IngestJob[] = Array.from({ length: 12 }, (_, n) => ({ text: TEXT(n), source: `job-${n}.txt` }));
    const ids = await queue.enqueue(jobs);

    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./stalling-worker.fixture.ts', import.meta.url).pathname], {
      env: { ...process.env, CONCORD_TEST_DATABASE_URL: db.openOptions.databaseUrl, CONCORD_TEST_QUEUE_SETTINGS: JSON.stringify(settings) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let said = '';
    child.stdout!.on('data', (chunk: Buffer) => { said += chunk.toString(); });
    while (!said.includes('stored')) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await once(child, 'exit');

    const store = storeOn(db.database);
    let stop = false;
    const working = queue.work(store, { shouldStop: () => stop });
    const done = await queue.waitFor(ids, undefined, 200);
    stop = true;
    await working;

    expect(done.done).toBe(12);
    expect(done.failed).toBe(0);
    expect(done.output.new + done.output.unchanged).toBe(12);
    expect(done.output.unchanged).toBeGreaterThan(0);
    const counts = await db.database.pool.query<{ documents: number; hashes: number }>(
      'SELECT count(*)::integer AS documents, count(DISTINCT content_hash)::integer AS hashes FROM documents');
    expect(counts.rows[0]).toEqual({ documents: 12, hashes: 12 });
    const retried = await db.database.pool.query<{ retried: number }>(
      `SELECT count(*)::integer AS retried FROM ${settings.schema}.job WHERE id = ANY($1::uuid[]) AND retry_count > 0`, [ids]);
    expect(retried.rows[0].retried).toBeGreaterThan(0);
  }, 60_000);
});
