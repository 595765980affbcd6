// Reads a zip archive without trusting what it says about itself: the central directory (names and declared sizes)
// is read without inflating anything, so a DOCX that declares gigabytes is refused before a decompressor sees it;
// then each entry is inflated with a bound on the bytes it really produces, so one that declares a few bytes and
// inflates to gigabytes is stopped a few kilobytes past what it declared.
import { inflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  /** General purpose bit flags; bit 0 means encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;

/** The entries of a zip archive, or null when the bytes are not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > view.byteLength) return null;
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an entry could not be read: it inflates past its declared size, or it is not readable at all. */
export class ZipEntryError extends Error {
  constructor(readonly entry: string, readonly reason: 'larger_than_declared' | 'broken', message: string) {
    super(message);
    this.name = 'ZipEntryError';
  }
}

/**
 * The bytes of one entry, inflated. Output is counted as it is produced and inflating stops as soon as it passes
 * the size the directory declares (node:zlib's maxOutputLength), so no entry ever takes more memory than it
 * declared, and the declared sizes are what the caller has already checked against its limit.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Buffer> {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length > entry.uncompressedSize) throw larger(entry);
    return Buffer.from(data);
  }
  try {
    // maxOutputLength is checked on every chunk inflated; at least 1, as zlib requires.
    const inflated = await inflateBounded(data, Math.max(1, entry.uncompressedSize));
    if (inflated.length > entry.uncompressedSize) throw larger(entry);
    return inflated;
  } catch (error) {
    if (error instanceof ZipEntryError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw larger(entry);
    throw new ZipEntryError(entry.name, 'broken', `entry ${entry.name}: ${(error as Error).message}`);
  }
}

function inflateBounded(data: Uint8Array, maxOutputLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    inflateRaw(data, { maxOutputLength }, (error, result) => (error ? reject(error) : resolve(result))));
}

/** The compressed bytes of an entry, found through its local header as every zip reader finds them. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw new ZipEntryError(entry.name, 'broken', `entry ${entry.name}: no local header where the directory points`);
  }
  if (entry.flags & 1) throw new ZipEntryError(entry.name, 'broken', `entry ${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new ZipEntryError(entry.name, 'broken', `entry ${entry.name}: unsupported compression method ${entry.method}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new ZipEntryError(entry.name, 'broken', `entry ${entry.name}: data runs past the end of the file`);
  }
  return bytes.subarray(start, start + entry.compressedSize);
}

function larger(entry: ZipEntry): ZipEntryError {
  return new ZipEntryError(entry.name, 'larger_than_declared',
    `entry ${entry.name} inflates to more than the ${size(entry.uncompressedSize)} its zip directory declares`);
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
