import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { openDatabase } from './open.js';
import { openStore } from './store.js';

describe('openStore on a data folder', () => {
  let dataDir: string;
  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'concord-open-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  it('opens PGlite, refuses a second opener while open, and keeps the data for the next open', async () => {
    const store = await openStore({ dataDir });
    try {
      expect(store.engine).toBe('pglite');
      await store.saveDocument(sourceDocument('Kept across opens.'), emptyExtraction());
      await expect(openStore({ dataDir })).rejects.toMatchObject({ code: 'store/busy' });
    } finally {
      await store.close();
    }
    const reopened = await openStore({ dataDir });
    try {
      expect((await reopened.stats()).documents).toBe(1);
    } finally {
      await reopened.close();
    }
  });

  it('runs PGlite with a small write-ahead log', async () => {
    const database = await openDatabase({ dataDir });
    try {
      const settings = await database.pool.query(`SELECT name, setting FROM pg_settings WHERE name IN ('max_wal_size', 'min_wal_size') ORDER BY name`);
      expect(settings.rows).toEqual([{ name: 'max_wal_size', setting: '64' }, { name: 'min_wal_size', setting: '32' }]);
    } finally {
      await database.close();
    }
  });
});

describe('openStore with a database URL', () => {
  it('names an unreachable server as such', async () => {
    await expect(openStore({ databaseUrl: 'postgres://concord:secret@127.0.0.1:1/none', dataDir: '/nonexistent' }))
      .rejects.toMatchObject({ code: 'store/unreachable', message: expect.stringMatching(/^cannot connect to the database at postgres:\/\/concord:\*\*\*@127\.0\.0\.1:1\/none/) });
  });
});
