import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/store/lock.js';
import { concord, jsonLines, SHARED, ROOT } from './cli.js';

// These run on the embedded store; the storage suite covers the PostgreSQL server.
const freshData = () => mkdtempSync(join(tmpdir(), 'concord-e2e-'));

describe('concord ingest', () => {
  it('stores the sample documents, then stores nothing new on a second run', async () => {
    const data = freshData();
    const first = await concord(['ingest', join(ROOT, 'examples/documents'), '--data', data]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^5 new, 0 unchanged, 0 failed documents; \d+ facts found in [\d.]+ s$/m);
    const second = await concord(['ingest', join(ROOT, 'examples/documents'), '--data', data]);
    expect(second.stdout).toMatch(/^0 new, 5 unchanged, 0 failed documents; 0 facts found/m);
    expect(second.stdout).toMatch(/nothing new to store/);
  });

  it('reports each bad file by name, stores the good ones, and exits non-zero', async () => {
    const data = freshData();
    const dir = mkdtempSync(join(tmpdir(), 'concord-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(dir, 'garbled.txt'), Buffer.from([0x63, 0x61, 0x66, 0x98, 0x20, 0x63, 0x61, 0x66, 0x9d]));
    writeFileSync(join(dir, 'broken.pdf'), 'this is not a pdf');
    writeFileSync(join(dir, 'broken.docx'), 'this is not a zip');
    writeFileSync(join(dir, 'good.txt'), 'Trade turnover between Russia and Azerbaijan amounted to $2.9 billion in 2021.');
    writeFileSync(join(dir, 'notes.csv'), 'a,b\n1,2\n');
    const { code, stdout, stderr } = await concord(['ingest', dir, '/nonexistent/missing.txt', '--data', data]);
    expect(code).toBe(1);
    for (const name of ['empty.txt', 'binary.txt', 'garbled.txt', 'broken.pdf', 'broken.docx', 'missing.txt']) {
      expect(stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: `));
    }
    expect(stdout).toMatch(/^1 new, 0 unchanged, 6 failed, 1 skipped documents/m);
    const docs = jsonLines((await concord(['documents', '--json', '--data', data])).stdout);
    expect(docs.map((d) => d.file)).toEqual(['good.txt']);
  });

  it('reads a document from standard input', async () => {
    const data = freshData();
    const { code, stdout } = await concord(['ingest', '-', '--data', data],
      { input: 'Russia and Azerbaijan signed a road map in Baku on 24 January 2024.' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 new/m);
  });

  it('makes the stored corpus readable through documents, facts and search', async () => {
    const data = freshData();
    await concord(['ingest', join(SHARED, 'corpus/dev'), '--data', data]);
    const docs = jsonLines((await concord(['documents', '--json', '--data', data])).stdout);
    expect(docs).toHaveLength(42);
    const limited = jsonLines((await concord(['documents', '--json', '--limit', '3', '--data', data])).stdout);
    expect(limited).toHaveLength(3);
    const turnover = jsonLines((await concord(['facts', '--json', '--kind', 'measurement', '--indicator', 'trade_turnover', '--data', data])).stdout);
    expect(turnover.length).toBeGreaterThan(0);
    for (const f of turnover) expect(f.fact.indicator).toBe('trade_turnover');
    const ru = jsonLines((await concord(['search', 'товарооборот', '--json', '--data', data])).stdout);
    expect(ru.length).toBeGreaterThan(0);
    const en = jsonLines((await concord(['search', 'signing roadmap', '--json', '--data', data])).stdout);
    expect(en.length).toBeGreaterThan(0);
  });

  it('tells a second process that the store is busy, naming the owner', async () => {
    const data = freshData();
    const owner = spawn('sleep', ['30']);
    try {
      writeFileSync(join(data, LOCK_FILE), JSON.stringify({ pid: owner.pid, startedAt: new Date().toISOString() }));
      const { code, stderr } = await concord(['documents', '--data', data]);
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`in use by another Concord process \\(pid ${owner.pid}\\).*\\(store/busy\\)`));
    } finally {
      owner.kill();
    }
  });
});
