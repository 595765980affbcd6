// Opens the database behind the store: an embedded PGlite in a data folder by default, or a PostgreSQL
// server when a URL is given. Both are reached through one `pg` pool, so the same SQL serves both.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { StoreError } from '../core/errors.js';
import { diskFull } from './driver-errors.js';
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
    throw diskFull(error, dataFolder(dataDir)) ??
      new StoreError('unavailable', `cannot open the database in ${dataDir}: ${(error as Error).message}`);
  }
  const guard = guardDiskFull(pglite, dataDir);
  // PGlite is a single connection: one pooled client, never closed while idle.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
  // A failure of PGlite itself (other than a full disk) breaks the client: the pool drops it and opens another,
  // and without a listener its 'error' event would end the process with a raw stack.
  pool.on('error', () => {});
  return {
    engine: 'pglite',
    pool,
    close: once(async () => {
      try {
        await pool.end();
        // Closing writes a checkpoint, which a full disk would leave hanging; the folder is left as at its
        // last commit, which PGlite replays at the next open as it would after a crash.
        if (!guard.failure()) await pglite.close();
      } finally {
        lock.release();
      }
    }),
  };
}

/** How messages name an embedded store. */
export function dataFolder(dataDir: string): string {
  return `data folder ${dataDir}`;
}

/**
 * Once a write fails for want of space, PGlite cannot be asked anything more. What really happens (PGlite 0.5,
 * a data folder on a full tmpfs): the statement that needs a new write-ahead log segment, usually a COMMIT, is
 * answered with SQLSTATE 53100 (`could not write to file "pg_wal/xlogtemp.42": No space left on device`) but
 * without the ReadyForQuery that ends every answer, and the next message sent makes PGlite spin, blocking the
 * thread. The pg client waits forever for ReadyForQuery instead, sends nothing more, and the process ends
 * silently (exit 13, unsettled await) with nothing printed. Under a file-size limit (`ulimit -f`) the write-ahead
 * log write fails the same way, as SQLSTATE XX000 `…: File too large`. A statement that only extends a table file
 * (`could not extend file`) is answered whole, but the disk is full all the same.
 *
 * So PGlite's wire is guarded: the failing answer gets its ReadyForQuery, and from then on every query is
 * answered here, without reaching PGlite, with one disk-full error (code 53100, naming the data folder) and a
 * ReadyForQuery, following the protocol (after an error, messages up to the next Sync are skipped). The pg
 * client stays usable, each query fails at once with a clear message, and close() leaves PGlite alone: the
 * folder stays as at its last commit, which PGlite replays at the next open as after a crash.
 */
function guardDiskFull(pglite: PGlite, dataDir: string): { failure(): StoreError | null } {
  type Answer = Awaited<ReturnType<PGlite['execProtocolStream']>>;
  let failure: StoreError | null = null;
  /** An error was answered since the last ReadyForQuery: skip to the next Sync without another. */
  let errorSent = false;
  const exec = pglite.execProtocolStream.bind(pglite);
  const readyForQuery = () => ({ name: 'readyForQuery', length: 5, status: 'I' }) as unknown as Answer[number];
  const errorMessage = (problem: StoreError) =>
    Object.assign(new Error(problem.message), { name: 'error', length: 0, severity: 'ERROR', code: '53100' }) as unknown as Answer[number];

  /** The answer to a message once PGlite is out of use. */
  const refuse = (type: string, problem: StoreError): Answer => {
    if (type === 'Q') return [errorMessage(problem), readyForQuery()];
    if (type === 'S') {
      const answer = errorSent ? [readyForQuery()] : [errorMessage(problem), readyForQuery()];
      errorSent = false;
      return answer;
    }
    if (type === 'X' || errorSent) return [];
    errorSent = true;
    return [errorMessage(problem)];
  };

  pglite.execProtocolStream = async (message, options) => {
    const type = String.fromCharCode(message[0] ?? 0);
    if (failure) return refuse(type, failure);
    let answer: Answer;
    try {
      answer = await exec(message, options);
    } catch (error) {
      failure = diskFull(error, dataFolder(dataDir));
      if (!failure) throw error;
      return refuse(type, failure);
    }
    const error = answer.find((part) => part.name === 'error');
    failure = error ? diskFull(error, dataFolder(dataDir)) : null;
    if (failure) {
      const ended = answer.some((part) => part.name === 'readyForQuery');
      // A simple query or a Sync ends with ReadyForQuery; after any other message, PGlite's Sync is answered here.
      if (!ended && (type === 'Q' || type === 'S')) return [...answer, readyForQuery()];
      errorSent = !ended;
    }
    return answer;
  };
  return { failure: () => failure };
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
