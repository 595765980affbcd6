import { describe, expect, it } from 'vitest';
import { engines, openTestDatabase, postgresUrl } from '../../test/helpers/test-store.js';
import { loadMigrations, migrate } from './migrate.js';
import { openDatabase } from './open.js';

describe('migration files', () => {
  it('are found beside the module, numbered and in order', async () => {
    const migrations = await loadMigrations();
    expect(migrations[0]).toMatchObject({ version: 1, name: '0001_init.sql' });
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
  });
});

describe.each(engines)('migrations on %s', (engine) => {
  it('apply once: a later open applies nothing and records each version once', async () => {
    const opened = await openTestDatabase(engine);
    try {
      const versions = (await loadMigrations()).map((m) => m.version);
      expect(await migrate(opened.database.pool)).toEqual(versions);
      await opened.database.close();
      const again = await openDatabase(opened.openOptions);
      try {
        expect(await migrate(again.pool)).toEqual([]);
        const recorded = await again.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        expect(recorded.rows.map((row) => row.version)).toEqual(versions);
      } finally {
        await again.close();
      }
    } finally {
      await opened.drop();
    }
  });
});

describe.runIf(postgresUrl)('migrations on postgres, two processes at once', () => {
  it('apply once when two openers migrate the same database concurrently', async () => {
    const first = await openTestDatabase('postgres');
    const second = await openDatabase(first.openOptions);
    try {
      const [a, b] = await Promise.all([migrate(first.database.pool), migrate(second.pool)]);
      expect([...a, ...b].sort()).toEqual((await loadMigrations()).map((m) => m.version));
    } finally {
      await second.close();
      await first.drop();
    }
  });
});
