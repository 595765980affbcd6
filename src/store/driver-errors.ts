// Failures of the database connection itself, told apart from bugs: a server that went away mid-work, a
// connection an administrator terminated. The edges report them as store errors, not as internal errors.
import { AppError, StoreError } from '../core/errors.js';

/** SQLSTATE classes and codes that mean the connection, not the query, failed. */
const CONNECTION_STATES = /^(08|57P0)/;
const CONNECTION_MESSAGES = /connection terminated|terminating connection|ECONNRESET|ECONNREFUSED|server closed the connection/i;

export function connectionLost(error: unknown): StoreError | null {
  if (!(error instanceof Error) || error instanceof StoreError) return null;
  const state = (error as { code?: unknown }).code;
  if ((typeof state === 'string' && CONNECTION_STATES.test(state)) || CONNECTION_MESSAGES.test(error.message)) {
    return new StoreError('connection_lost',
      `lost the connection to the database (${error.message}); what was stored is complete, run the same command again to finish`);
  }
  return null;
}

/**
 * SQLSTATE 53100 (disk_full) from PostgreSQL or PGlite, and the errno names and messages a write past the end of
 * a full disk, a quota or the process's file-size limit (`ulimit -f`, EFBIG) fails with.
 */
const DISK_FULL_STATE = '53100';
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const DISK_FULL_MESSAGE = /(?:could not [^:()]*?: )?(No space left on device|Disk quota exceeded|File too large)/i;

/** Whether an error (a driver's, PGlite's, a file system call's, or a store error wrapping one) means the disk is full. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'store/disk_full' || DISK_FULL_MESSAGE.test(error.message);
  // An input file's problem (`…/profile too large`) is never the store's disk.
  if (error instanceof AppError) return false;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === DISK_FULL_STATE || (typeof code === 'string' && DISK_FULL_CODES.has(code)) ||
    (typeof message === 'string' && DISK_FULL_MESSAGE.test(message));
}

/**
 * The disk-full error as one clear line naming where the store lives (`the data folder /x`, `the database server
 * at …`), or null when the error is something else. What was committed before stays whole: a transaction holds
 * whole documents, so the same command run again once there is room finishes the work.
 */
export function diskFull(error: unknown, place: string): StoreError | null {
  if (!isDiskFull(error)) return null;
  if (error instanceof StoreError && error.code === 'store/disk_full') return error;
  const message = String((error as { message?: unknown }).message ?? error);
  const found = DISK_FULL_MESSAGE.exec(message);
  const detail = found ? found[0] : firstLine(message);
  const sizeLimit = /File too large/i.test(detail) || (error as { code?: unknown }).code === 'EFBIG';
  const problem = sizeLimit
    ? `${place}: a file reached the file-size limit (${detail}); raise the limit (ulimit -f)`
    : `${place}: the disk is full (${detail}); free some space`;
  return new StoreError('disk_full',
    `${problem} and run the same command again: every document stored so far is whole`, { place });
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
