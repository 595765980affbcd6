// Numbered .sql migrations, applied in order at open, each in its own transaction.
// An advisory lock makes two processes opening one PostgreSQL database at once take turns.
import { readdir, readFile } from 'node:fs/promises';
import type pg from 'pg';
import { StoreError } from '../core/errors.js';
import { inTransaction } from './sql.js';

/** Beside this module, so that it is found whether the app runs from sources or elsewhere. */
const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d{4})_[\w-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort();
  return Promise.all(files.map(async (name) => ({
    version: Number(MIGRATION_FILE.exec(name)![1]),
    name,
    sql: await readFile(new URL(name, dir), 'utf8'),
  })));
}

/** Applies the migrations not yet recorded in schema_migrations; returns the versions it applied. */
export async function migrate(pool: pg.Pool, migrations?: Migration[]): Promise<number[]> {
  const pending = migrations ?? await loadMigrations();
  const applied: number[] = [];
  for (const migration of pending) {
    const didApply = await inTransaction(pool, async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('concord.schema_migrations'))`);
      await tx.query(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version    integer PRIMARY KEY,
          name       text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.rowCount) return false;
      // Without parameters the file goes as one simple query, so it may hold many statements.
      await tx.query(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    }).catch((error: Error) => {
      throw new StoreError('migration_failed', `migration ${migration.name} failed: ${error.message}`);
    });
    if (didApply) applied.push(migration.version);
  }
  return applied;
}
