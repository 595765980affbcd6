// Reads what walkPaths finds: each file (or stdin) becomes a document, a failure or a skip, and one bad
// file never stops the others. Folder indexes are loaded once per folder.
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IngestError, type SourceDocument } from '../core/index.js';
import { assembleDocument, type KnownMetadata } from './assemble.js';
import { INDEX_FILE, loadFolderIndex, type FolderIndex } from './folder-index.js';
import { convert, formatOf } from './formats/index.js';
import { decodeText } from './formats/text-bytes.js';
import { STDIN, errorCode, walkPaths } from './walk.js';

export type ReadOutcome =
  | { kind: 'document'; document: SourceDocument }
  | { kind: 'failed'; source: string; error: IngestError }
  | { kind: 'skipped'; source: string; reason: string };

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  /** Files above this size are refused unread. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const READ_CHUNK = 4 * 1024 * 1024;

export async function* readDocuments(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const indexes = new Map<string, FolderIndex>();
  for await (const item of walkPaths(paths)) {
    if (item.kind === 'skipped' || item.kind === 'failed') yield item;
    else if (item.kind === 'stdin') yield await outcome(STDIN, () => readStdin(options.stdin ?? process.stdin, maxBytes));
    else {
      const folder = dirname(item.path);
      if (!indexes.has(folder)) {
        const index = await loadFolderIndex(folder);
        indexes.set(folder, index);
        if (index.problems.length) yield badIndex(join(folder, INDEX_FILE), index.problems);
      }
      const known = indexes.get(folder)!.entries.get(basename(item.path));
      yield await outcome(item.path, () => readFile(item.path, maxBytes, known));
    }
  }
}

async function outcome(source: string, read: () => Promise<SourceDocument>): Promise<ReadOutcome> {
  try {
    return { kind: 'document', document: await read() };
  } catch (error) {
    const failure = error instanceof IngestError ? error : new IngestError(source, 'unreadable', `cannot read (${errorCode(error)})`);
    return { kind: 'failed', source, error: failure };
  }
}

async function readFile(path: string, maxBytes: number, known: KnownMetadata | undefined): Promise<SourceDocument> {
  const format = formatOf(path)!;
  const bytes = await readBytes(path, maxBytes);
  const converted = await convert(format, bytes, path);
  return assembleDocument(converted, { file: basename(path), source: path, format }, known);
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    throw new IngestError(path, 'unreadable', code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(path, `${megabytes(size)}, limit ${megabytes(maxBytes)}`);
    if (size === 0) throw new IngestError(path, 'empty', 'empty file');
    return await readAtMost(handle, path, maxBytes);
  } finally {
    await handle.close();
  }
}

/** Reads to the end, but never more than maxBytes: a file that grows while it is read is refused too. */
async function readAtMost(handle: FileHandle, path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(path, `grew past the limit of ${megabytes(maxBytes)} while being read`);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<SourceDocument> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > maxBytes) throw tooLarge(STDIN, `over the limit of ${megabytes(maxBytes)}`);
    chunks.push(buffer);
  }
  if (size === 0) throw new IngestError(STDIN, 'empty', 'empty input');
  const { text } = decodeText(Buffer.concat(chunks), STDIN);
  return assembleDocument({ text, verbatim: true }, { file: STDIN, source: STDIN, format: 'txt' });
}

function tooLarge(source: string, detail: string): IngestError {
  return new IngestError(source, 'too_large', `too large (${detail})`);
}

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function badIndex(source: string, problems: string[]): ReadOutcome {
  return { kind: 'failed', source, error: new IngestError(source, 'bad_index', `unreadable lines (${problems.join('; ')})`) };
}
