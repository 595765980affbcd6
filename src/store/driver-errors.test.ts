import { describe, expect, it } from 'vitest';
import { IngestError, StoreError } from '../core/errors.js';
import { connectionLost, diskFull, isDiskFull } from './driver-errors.js';

describe('connectionLost', () => {
  it.each([
    [Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    [Object.assign(new Error('connection failure'), { code: '08006' })],
    [new Error('Connection terminated unexpectedly')],
  ])('reads %s as a lost connection', (error) => {
    expect(connectionLost(error)).toMatchObject({ code: 'store/connection_lost' });
  });

  it.each([
    [Object.assign(new Error('duplicate key value'), { code: '23505' })],
    [new TypeError('x is undefined')],
    [new StoreError('busy', 'busy')],
    ['not an error'],
  ])('leaves %s alone', (error) => {
    expect(connectionLost(error)).toBeNull();
  });
});

/** What node-postgres rejects with when the server's disk is full (a DatabaseError: message, code, severity). */
function serverDiskFull(): Error {
  return Object.assign(new Error('could not extend file "base/16384/16412": No space left on device'), {
    name: 'error', severity: 'ERROR', code: '53100', hint: 'Check free disk space.', file: 'md.c', routine: 'mdextend',
  });
}

describe('diskFull', () => {
  it('reads PostgreSQL\'s disk_full (SQLSTATE 53100) as one line naming the server', () => {
    const error = diskFull(serverDiskFull(), 'the database server at db.example:5432');
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'store/disk_full',
      message: 'the database server at db.example:5432: the disk is full (could not extend file "base/16384/16412": ' +
        'No space left on device); free some space and run the same command again: every document stored so far is whole',
    });
  });

  it('reads 53100 by its code alone, whatever the server\'s language', () => {
    const error = Object.assign(new Error('не удалось расширить файл "base/16384/16412": На устройстве не осталось свободного места'), { code: '53100' });
    expect(diskFull(error, 'the database server')?.message).toContain('the disk is full (не удалось расширить файл');
  });

  it.each([
    ['PGlite on a full disk', Object.assign(new Error('could not write to file "pg_wal/xlogtemp.42": No space left on device'), { code: '53100' }),
      'data folder /d: the disk is full (could not write to file "pg_wal/xlogtemp.42": No space left on device); free some space'],
    ['a file system call', Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC', errno: -28 }),
      'data folder /d: the disk is full (no space left on device); free some space'],
    ['a quota', Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' }),
      'data folder /d: the disk is full (disk quota exceeded); free some space'],
    ['the file-size limit', new Error('could not write to log file "000000010000000000000001" at offset 8601600, length 589824: File too large'),
      'data folder /d: a file reached the file-size limit (could not write to log file "000000010000000000000001" at offset 8601600, length 589824: File too large); raise the limit (ulimit -f)'],
    ['a document that could not be stored for it', new StoreError('write_failed', '/in/a.txt: could not be stored: could not write to file "base/5/16390": No space left on device'),
      'data folder /d: the disk is full (could not write to file "base/5/16390": No space left on device); free some space'],
  ])('reads %s', (_, error, start) => {
    expect(isDiskFull(error)).toBe(true);
    expect(diskFull(error, 'data folder /d')).toMatchObject({ code: 'store/disk_full', message: expect.stringContaining(start) });
  });

  it('keeps a disk-full store error as it is', () => {
    const first = diskFull(serverDiskFull(), 'data folder /d')!;
    expect(diskFull(first, 'data folder /elsewhere')).toBe(first);
  });

  it.each([
    [Object.assign(new Error('duplicate key value'), { code: '23505' })],
    [new IngestError('/in/a.docx', 'too_large', 'file too large to unzip')],
    [new StoreError('busy', 'busy')],
    [new Error('Connection terminated unexpectedly')],
    ['No space left on device'],
    [null],
  ])('leaves %s alone', (error) => {
    expect(isDiskFull(error)).toBe(false);
    expect(diskFull(error, 'data folder /d')).toBeNull();
  });
});
