// Bytes of a text format (.txt, .md, .html) → a string. UTF-8 and UTF-16 are known by their byte-order mark or
// their validity; other 8-bit text is read as windows-1251 or windows-1252, whichever gives plausible words.
// Binary content and text no encoding fits are refused, naming the first bad byte so the user can find it.
import { IngestError } from '../../core/index.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** Legacy 8-bit encodings tried, in order, when the bytes are not UTF-8. */
const LEGACY_ENCODINGS = ['windows-1251', 'windows-1252'] as const;

/**
 * Decodes text of unknown encoding. A byte-order mark is kept as U+FEFF, as in decodeUtf8Text; in 8-bit
 * encodings each character is one byte, so offsets into the text are still offsets into the file.
 */
export function decodeText(bytes: Uint8Array, source: string): { text: string; encoding: TextEncoding } {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16, source), encoding: utf16 };
  assertNotBinary(bytes, source);
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  const candidates = LEGACY_ENCODINGS.map((encoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, encoding, score: plausibility(text, encoding) };
  }).sort((a, b) => b.score - a.score);
  if (candidates[0].score > 0) return { text: candidates[0].text, encoding: candidates[0].encoding };
  const hex = bytes[bad].toString(16).padStart(2, '0');
  throw new IngestError(source, 'invalid_utf8',
    `invalid UTF-8 at byte ${bad} (0x${hex}), and not plausible as windows-1251 or windows-1252 text`);
}

function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string): string {
  const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.length % 2 !== 0) throw new IngestError(source, 'invalid_utf16', `invalid ${label} (odd number of bytes)`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError(source, 'invalid_utf16', `invalid ${label} (unpaired surrogate)`);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new IngestError(source, 'binary', `binary content (NUL character at ${nul} in ${label}), not text`);
  return text;
}

const WORD = /\p{L}+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const CONTROL = /[\u0080-\u009f\ufffd]/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/**
 * How much a decoding looks like real text: words with non-ASCII letters count for it when they are whole
 * Cyrillic words (windows-1251) or Latin words with some plain letters ("café", not "Ïðåçèäåíò"), against it
 * otherwise; a C1 control character rules the decoding out.
 */
function plausibility(text: string, encoding: (typeof LEGACY_ENCODINGS)[number]): number {
  if (CONTROL.test(text)) return -Infinity;
  let score = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    const plausible = encoding === 'windows-1251' ? CYRILLIC_WORD.test(word) : plausibleLatin(word);
    score += plausible ? 1 : -2;
  }
  return score;
}

function plausibleLatin(word: string): boolean {
  if (!/^\p{Script=Latin}+$/u.test(word)) return false;
  const accented = [...word].filter((c) => c > '\x7f').length;
  return word.length <= 2 || accented < word.length;
}

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
  if (nul < 0) return;
  const utf16 = nul < 4 && bytes.length % 2 === 0 ? ' or UTF-16 without a byte-order mark' : '';
  throw new IngestError(source, 'binary', `binary content${utf16} (NUL byte at ${nul}), not text`);
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
