// Opens the database behind the store: an embedded PGlite in a data folder by default, or a PostgreSQL
// server when a URL is given. Both are reached through one `pg` pool, so the same SQL serves both.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { StoreError } from '../core/errors.js';
import { acquireLock } from './lock.js';

export type Engine = 'pglite' | 'postgres';

export interface OpenOptions {
  /** The Concord data folder (the caller resolves flags > $CONCORD_DATA > ./.concord). */
  dataDir?: string;
  /** A PostgreSQL URL; when set it wins over dataDir. */
  databaseUrl?: string;
}

export interface Database {
  readonly engine: Engine;
  readonly pool: pg.Pool;
  /** Closes the pool (and PGlite, releasing the folder's lock); later calls wait for the first. */
  close(): Promise<void>;
}

/** PGlite's own files live in a subfolder, leaving the data folder's top level to the lock and to others. */
const PGLITE_SUBDIR = 'pg';

/** Without these a large ingest leaves most of a gigabyte of write-ahead log behind. */
const PGLITE_SETTINGS = ['max_wal_size=64MB', 'min_wal_size=32MB'];

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  if (options.dataDir) return openPglite(resolve(options.dataDir));
  throw new StoreError('unavailable', 'no data folder or database URL to open');
}

async function openPostgres(databaseUrl: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // A server that drops an idle connection (restart, pg_terminate_backend) must not crash the process with an
  // unhandled 'error' event: the pool discards that client, and the next query reconnects or fails as a StoreError.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new StoreError('unreachable', `cannot connect to the database at ${redact(databaseUrl)}: ${(error as Error).message}`);
  }
  return { engine: 'postgres', pool, close: once(() => pool.end()) };
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireLock(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: join(dataDir, PGLITE_SUBDIR),
      extensions: { pg_trgm },
      postgresqlconf: PGLITE_SETTINGS,
    });
  } catch (error) {
    lock.release();
    throw new StoreError('unavailable', `cannot open the database in ${dataDir}: ${(error as Error).message}`);
  }
  // PGlite is a single connection: one pooled client, never closed while idle.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  return {
    engine: 'pglite',
    pool,
    close: once(async () => {
      try {
        await pool.end();
        await pglite.close();
      } finally {
        lock.release();
      }
    }),
  };
}

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/** The URL without its password, for messages. */
function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the given URL';
  }
}
