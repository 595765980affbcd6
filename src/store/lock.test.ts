import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { acquireLock, LOCK_FILE } from './lock.js';

/** Starts another Node process that holds the folder's lock until it is signalled. */
async function lockInChildProcess(dir: string) {
  const script = `
    import { acquireLock } from ${JSON.stringify(new URL('./lock.ts', import.meta.url).href)};
    acquireLock(${JSON.stringify(dir)});
    console.log('locked');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = await once(child.stdout!, 'data');
  expect(String(line).trim()).toBe('locked');
  return child;
}

function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the data folder lock', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'concord-lock-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('refuses a folder another live process holds, naming its pid', async () => {
    const child = await lockInChildProcess(dir);
    try {
      let refusal: unknown;
      try { acquireLock(dir); } catch (error) { refusal = error; }
      expect(refusal).toBeInstanceOf(StoreError);
      expect(refusal).toMatchObject({
        code: 'store/busy',
        message: `${dir} is in use by another Concord process (pid ${child.pid}); wait for it to finish, or use another --data folder`,
      });
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('is released when its process is terminated by a signal', async () => {
    const child = await lockInChildProcess(dir);
    child.kill('SIGTERM');
    await once(child, 'exit');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process has died', () => {
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const lock = acquireLock(dir);
    try {
      expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    } finally {
      lock.release();
    }
  });

  it('refuses a second lock of the same folder in the same process', () => {
    const lock = acquireLock(dir);
    try {
      expect(() => acquireLock(dir)).toThrow(/is in use by another Concord process/);
    } finally {
      lock.release();
    }
  });

  it('removes the lock file on release, so the folder can be locked again', () => {
    acquireLock(dir).release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireLock(dir).release();
  });
});
