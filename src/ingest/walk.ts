// Paths as given on a command line → the inputs to read, in a stable order: files as named, folders recursively
// with names sorted, "-" for stdin. Hidden files and index.jsonl are passed over silently inside folders;
// files of unknown kinds are reported as skipped; a named path that is not there is a failure.
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from '../core/index.js';
import { INDEX_FILE } from './folder-index.js';
import { extensionOf, formatOf } from './formats/index.js';

export type WalkItem =
  | { kind: 'file'; path: string }
  | { kind: 'stdin' }
  | { kind: 'skipped'; source: string; reason: string }
  | { kind: 'failed'; source: string; error: IngestError };

export const STDIN = '-';

export async function* walkPaths(paths: string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) {
    if (path === STDIN) {
      yield { kind: 'stdin' };
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield { kind: 'failed', source: path, error: await missingPathError(path, error) };
      continue;
    }
    if (stats.isDirectory()) yield* walkFolder(path);
    else if (stats.isFile()) yield fileItem(path);
    else yield { kind: 'failed', source: path, error: new IngestError(path, 'not_a_file', `not a regular file (${kindOf(stats)})`) };
  }
}

async function* walkFolder(folder: string): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'failed', source: folder, error: new IngestError(folder, 'unreadable', `cannot read folder (${errorCode(error)})`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === INDEX_FILE) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (entry.isFile()) yield fileItem(path);
    else if (entry.isSymbolicLink()) yield await linkItem(path);
    else yield { kind: 'skipped', source: path, reason: 'not a regular file' };
  }
}

/** Links inside folders are followed to files only, so a link back up the tree cannot loop. */
async function linkItem(path: string): Promise<WalkItem> {
  try {
    const target = await stat(path);
    if (target.isFile()) return fileItem(path);
    return { kind: 'skipped', source: path, reason: target.isDirectory() ? 'link to a folder, not followed' : 'not a regular file' };
  } catch {
    return { kind: 'failed', source: path, error: new IngestError(path, 'not_found', 'dangling symbolic link') };
  }
}

function fileItem(path: string): WalkItem {
  if (formatOf(path)) return { kind: 'file', path };
  const extension = extensionOf(path);
  return { kind: 'skipped', source: path, reason: extension ? `unsupported format ${extension}` : 'unsupported format (no extension)' };
}

async function missingPathError(path: string, error: unknown): Promise<IngestError> {
  const code = errorCode(error);
  if (code === 'EACCES') return new IngestError(path, 'unreadable', 'permission denied');
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return new IngestError(path, 'unreadable', `cannot read (${code})`);
  const isLink = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
  return new IngestError(path, 'not_found', isLink ? 'dangling symbolic link' : 'no such file or folder');
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}
