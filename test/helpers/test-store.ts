// Opens a store for storage tests on each engine: PGlite in a temporary folder always, and PostgreSQL
// when TEST_DATABASE_URL or DATABASE_URL is set, isolated in a schema of its own that is dropped afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import { openDatabase, type Database, type Engine } from '../../src/store/open.js';
import { storeOn, type Store } from '../../src/store/store.js';

export const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/** The engines storage tests run on here. */
export const engines: Engine[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];

export type OpenOptions = { dataDir?: string; databaseUrl?: string };

export interface TestDatabase {
  /** Open, not yet migrated. */
  database: Database;
  /** Options that open this same database again. */
  openOptions: OpenOptions;
  /** Closes the database and removes it (the temporary folder, or the schema). */
  drop(): Promise<void>;
}

export interface TestStore extends TestDatabase {
  store: Store;
  /** Empties the tables, keeping the schema. */
  reset(): Promise<void>;
}

/** A new, empty database of the engine. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  return engine === 'pglite' ? openPgliteTestDatabase() : openPostgresTestDatabase(postgresUrl!);
}

/** A new database of the engine, migrated, with a store on it. */
export async function openTestStore(engine: Engine): Promise<TestStore> {
  const opened = await openTestDatabase(engine);
  await migrate(opened.database.pool);
  return {
    ...opened,
    store: storeOn(opened.database),
    reset: () => emptyTables(opened.database),
  };
}

/** Empties every table of the schema but the migrations ledger; append-only tables allow TRUNCATE. */
async function emptyTables(database: Database): Promise<void> {
  const { rows } = await database.pool.query<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'`);
  if (rows.length) await database.pool.query(`TRUNCATE ${rows.map((r) => r.name).join(', ')} CASCADE`);
}

/**
 * One store per test file (opening is slow), emptied before each test:
 * `const db = useTestStore(engine);` then `db().store` inside the tests.
 */
export function useTestStore(engine: Engine): () => TestStore {
  let opened: TestStore | undefined;
  beforeAll(async () => { opened = await openTestStore(engine); });
  beforeEach(async () => { await opened!.reset(); });
  afterAll(async () => { await opened?.drop(); });
  return () => opened!;
}

async function openPgliteTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'concord-store-'));
  const database = await openDatabase({ dataDir });
  return {
    database,
    openOptions: { dataDir },
    drop: async () => {
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openPostgresTestDatabase(baseUrl: string): Promise<TestDatabase> {
  const schema = `concord_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  // Extensions are per database: install pg_trgm once in public, where every test schema's search_path finds it.
  await admin.query('BEGIN');
  await admin.query(`SELECT pg_advisory_xact_lock(hashtext('concord.test.extensions'))`);
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
  await admin.query('COMMIT');
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema},public`);
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    database,
    openOptions: { databaseUrl: url.toString() },
    drop: async () => {
      await database.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
