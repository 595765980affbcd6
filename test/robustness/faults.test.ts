// Faults during an ingest: the process killed with SIGKILL, two processes ingesting one folder into one
// PostgreSQL server, and the server dropping the connection. The store must end as an uninterrupted run
// leaves it, each document stored once, none half-written. CONCORD_FAULT_DOCS sets the folder size: by default
// 2 000 documents ("thousands"), about 80 s for the SIGKILL test on a loaded 2-core machine.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concord, jsonLines, ROOT, type CliResult } from '../e2e/cli.js';
import { storeContents as contents } from './store-contents.js';
import { migrate } from '../../src/store/migrate.js';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../helpers/test-store.js';

const DOCS = Number(process.env.CONCORD_FAULT_DOCS ?? 2000);
const COUNTRIES = ['Azerbaijan', 'Russia', 'Turkey', 'Kazakhstan', 'Georgia', 'Iran'];

/** Small documents, each different, each with a figure or two for the extractors. */
function generateFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'concord-faults-'));
  for (let i = 0; i < count; i++) {
    const [a, b] = [COUNTRIES[i % 6], COUNTRIES[(i + 1 + (i % 5)) % 6]];
    const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(i).padStart(5, '0')}.txt`),
      `BAKU, May ${1 + (i % 28)}, 2021. Trade turnover between ${a} and ${b} amounted to $${(i % 97) + 1}.${i % 10} ` +
      `million in ${2000 + (i % 22)}, up ${i % 40}% on the year before.\n\nThe intergovernmental commission met for ` +
      `the ${(i % 20) + 1}th time and signed ${i % 7} agreements. Report number ${i}.\n`);
  }
  return dir;
}

/** Starts `concord ingest` and calls `onStored` with the number of documents stored so far. */
function startIngest(folder: string, args: string[], env: NodeJS.ProcessEnv, onStored?: (stored: number, kill: () => void) => void) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/concord.js'), 'ingest', folder, '--json', ...args], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  let stored = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    stored = stdout.split('\n').filter((line) => line.includes('"kind":"stored"')).length;
    onStored?.(stored, () => child.kill('SIGKILL'));
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })));
}

describe('an ingest killed with SIGKILL, then run again', () => {
  it(`ends with the store an uninterrupted run leaves (${DOCS} documents)`, async () => {
    const folder = generateFolder(DOCS);
    const clean = mkdtempSync(join(tmpdir(), 'concord-clean-'));
    expect((await concord(['ingest', folder, '--data', clean])).code).toBe(0);

    const killed = mkdtempSync(join(tmpdir(), 'concord-killed-'));
    const interrupted = await startIngest(folder, ['--data', killed], {}, (stored, kill) => {
      if (stored >= DOCS / 3) kill();
    });
    expect(interrupted.signal).toBe('SIGKILL');
    const resumed = await concord(['ingest', folder, '--data', killed]);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(await contents({ data: killed })).toEqual(await contents({ data: clean }));
  }, 300_000);
});

describe.runIf(postgresUrl)('ingests on PostgreSQL', () => {
  let db: TestDatabase;
  let env: NodeJS.ProcessEnv;
  const folder = generateFolder(Math.min(DOCS, 200));

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    const url = new URL(db.openOptions.databaseUrl!);
    url.searchParams.set('application_name', `concord_faults_${process.pid}`);
    env = { DATABASE_URL: url.toString() };
  });
  afterAll(async () => { await db?.drop(); });

  const count = async (sql: string) => (await db.database.pool.query<{ n: number }>(sql)).rows[0].n;

  it('from two processes at once store each document once', async () => {
    const [first, second] = await Promise.all([startIngest(folder, [], env), startIngest(folder, [], env)]);
    expect([first.code, second.code, first.stderr + second.stderr]).toEqual([0, 0, '']);
    const summaries = [first, second].map((run) => jsonLines(run.stdout).at(-1)!.summary);
    expect(summaries[0].new + summaries[1].new).toBe(Math.min(DOCS, 200));
    expect(await count('SELECT count(*)::integer AS n FROM documents')).toBe(Math.min(DOCS, 200));
    expect(await count('SELECT count(DISTINCT content_hash)::integer AS n FROM documents')).toBe(Math.min(DOCS, 200));
  }, 300_000);

  it('losing the connection mid-ingest neither crashes nor leaves a document half-written', async () => {
    await migrate(db.database.pool);
    await db.database.pool.query('TRUNCATE documents CASCADE');
    let terminated = false;
    const run = await startIngest(folder, [], env, (stored) => {
      if (terminated || stored < 20) return;
      terminated = true;
      void db.database.pool.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`concord_faults_${process.pid}`]);
    });
    expect(terminated).toBe(true);
    // An idle connection is replaced silently; a query cut off names the document and the store problem.
    for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^concord: .+ \(store\/[a-z_]+\)$/);
    const halfWritten = await count(`
      SELECT count(*)::integer AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)`);
    expect(halfWritten).toBe(0);
    const again = await startIngest(folder, [], env);
    expect(again.code).toBe(0);
    expect(await count('SELECT count(*)::integer AS n FROM documents')).toBe(Math.min(DOCS, 200));
  }, 300_000);
});
