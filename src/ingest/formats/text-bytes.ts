// Bytes of a text format (.txt, .md, .html) → a string, refusing binary content and invalid UTF-8
// with the byte offset of the first bad sequence, so the user can find it.
import { IngestError } from '../../core/index.js';

/** Decodes UTF-8 strictly. A byte-order mark is kept as U+FEFF so offsets match other readers of the file. */
export function decodeUtf8Text(bytes: Uint8Array, source: string): string {
  assertNotBinary(bytes, source);
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    const hex = bytes[bad].toString(16).padStart(2, '0');
    throw new IngestError(source, 'invalid_utf8', `invalid UTF-8 at byte ${bad} (0x${hex})`);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** Decodes with a declared legacy charset (e.g. windows-1251 from an HTML meta tag). */
export function decodeWithCharset(bytes: Uint8Array, charset: string, source: string): string {
  assertNotBinary(bytes, source);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new IngestError(source, 'unknown_charset', `unknown character set "${charset}"`);
  }
  return decoder.decode(bytes);
}

function assertNotBinary(bytes: Uint8Array, source: string): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(source, 'binary', `binary content (NUL byte at ${nul}), not text`);
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    if (length > 1 && !inRange(bytes, i, length)) return i;
    i += length;
  }
  return -1;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Rejects overlong forms, UTF-16 surrogates and code points above U+10FFFF. */
function inRange(bytes: Uint8Array, i: number, length: number): boolean {
  const lead = bytes[i];
  const second = bytes[i + 1];
  if (length === 3 && lead === 0xe0) return second >= 0xa0;
  if (length === 3 && lead === 0xed) return second <= 0x9f;
  if (length === 4 && lead === 0xf0) return second >= 0x90;
  if (length === 4 && lead === 0xf4) return second <= 0x8f;
  return true;
}
