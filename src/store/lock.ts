// One Concord process per PGlite data folder: PGlite has no lock of its own, and two processes
// writing one folder silently lose rows. The lock file holds the owner's pid and start time.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../core/errors.js';

export const LOCK_FILE = 'concord.lock';

export interface LockOwner {
  pid: number;
  startedAt: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file; safe to call more than once. */
  release(): void;
}

/** Lock files this process holds, to tell a second opener here from a stale file left under a reused pid. */
const heldHere = new Set<string>();

const RELEASE_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Takes the data folder's lock, taking over a lock whose owner has died; throws StoreError('busy') otherwise. */
export function acquireLock(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  if (!tryCreate(path)) {
    const owner = readOwner(path);
    if (owner && isAlive(owner.pid) && (owner.pid !== process.pid || heldHere.has(path))) {
      throw new StoreError('busy',
        `${dataDir} is in use by another Concord process (pid ${owner.pid}); wait for it to finish, or use another --data folder`,
        { dataDir, pid: owner.pid, startedAt: owner.startedAt });
    }
    removeIfPresent(path);
    // Another process may have taken over in between; then it owns the folder.
    if (!tryCreate(path)) return acquireLock(dataDir);
  }
  heldHere.add(path);
  return releaseOnExit(path);
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new StoreError('unavailable', `cannot create the lock file ${path}: ${(error as Error).message}`);
  }
  const owner: LockOwner = { pid: process.pid, startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString() };
  writeSync(fd, JSON.stringify(owner) + '\n');
  closeSync(fd);
  return true;
}

/** The owner recorded in a lock file; null when it is unreadable (a crash between create and write). */
function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseOnExit(path: string): DataDirLock {
  const release = () => {
    if (!heldHere.delete(path)) return;
    removeIfPresent(path);
    process.off('exit', release);
    for (const signal of RELEASE_SIGNALS) process.off(signal, onSignal);
  };
  // Release, then let the signal do what it would have done had nobody else been listening.
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', release);
  for (const signal of RELEASE_SIGNALS) process.once(signal, onSignal);
  return { path, release };
}
