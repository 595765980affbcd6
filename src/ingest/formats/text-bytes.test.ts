import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8Text, decodeWithCharset, firstInvalidUtf8Byte } from './text-bytes.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeUtf8Text', () => {
  it('decodes Russian and Azerbaijani text', () => {
    expect(decodeUtf8Text(new TextEncoder().encode('Баку, Bakı, ə'), 'a.txt')).toBe('Баку, Bakı, ə');
  });

  it('keeps a byte-order mark as U+FEFF so offsets stay those of the file', () => {
    expect(decodeUtf8Text(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.txt')).toBe('\uFEFFA');
  });

  it('refuses NUL bytes as binary content', () => {
    expect(() => decodeUtf8Text(bytes(0x41, 0x00, 0x42), 'photo.txt')).toThrow(
      expect.objectContaining({ code: 'ingest/binary', message: 'photo.txt: binary content (NUL byte at 1), not text' }),
    );
  });

  it('names the byte where UTF-8 goes wrong', () => {
    expect(() => decodeUtf8Text(bytes(0x41, 0x42, 0xe9, 0x43), 'latin1.txt')).toThrow(
      expect.objectContaining({ code: 'ingest/invalid_utf8', message: 'latin1.txt: invalid UTF-8 at byte 2 (0xe9)' }),
    );
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['valid two-byte Cyrillic', [0xd0, 0x91], -1],
    ['valid four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['a truncated sequence at the end', [0x41, 0xd0], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(input))).toBe(expected);
  });
});

describe('decodeWithCharset', () => {
  it('decodes windows-1251', () => {
    expect(decodeWithCharset(bytes(0xc1, 0xe0, 0xea, 0xf3), 'windows-1251', 'a.html')).toBe('Баку');
  });

  it('refuses an unknown charset by name', () => {
    expect(() => decodeWithCharset(bytes(0x41), 'klingon-8', 'a.html')).toThrow('a.html: unknown character set "klingon-8"');
  });
});

describe('decodeText', () => {
  const russian = 'Товарооборот между Россией и Азербайджаном вырос на 20%.';
  const utf16 = (text: string, order: 'le' | 'be') => {
    const le = Buffer.from('\uFEFF' + text, 'utf16le');
    return order === 'le' ? le : Buffer.from(le).swap16();
  };

  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode(russian), 'a.txt')).toEqual({ text: russian, encoding: 'utf-8' });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s by its byte-order mark, keeping the mark as U+FEFF', (order) => {
    expect(decodeText(utf16(russian, order), 'a.txt')).toEqual({ text: '\uFEFF' + russian, encoding: `utf-16${order}` });
  });

  it('reads Russian windows-1251 text as windows-1251', () => {
    const encoded = new Uint8Array([...russian].map((c) => cp1251Byte(c)));
    expect(decodeText(encoded, 'ru.txt')).toEqual({ text: russian, encoding: 'windows-1251' });
  });

  it('reads Latin text with accents as windows-1252', () => {
    const text = 'Caf\u00e9 au lait, na\u00efve M\u00fcller, \u00a3 5 million.';
    expect(decodeText(Buffer.from(text, 'latin1'), 'fr.txt')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('refuses bytes no encoding makes plausible, naming the first bad byte', () => {
    expect(() => decodeText(bytes(0x41, 0x42, 0x98, 0x9d, 0x43), 'garbled.txt')).toThrow(
      expect.objectContaining({ code: 'ingest/invalid_utf8', message: 'garbled.txt: invalid UTF-8 at byte 2 (0x98), and not plausible as windows-1251 or windows-1252 text' }),
    );
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    expect(() => decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x42), 'odd.txt')).toThrow(
      expect.objectContaining({ code: 'ingest/invalid_utf16', message: 'odd.txt: invalid UTF-16 LE (odd number of bytes)' }),
    );
  });

  it('says a file full of NULs may be UTF-16 without a byte-order mark', () => {
    expect(() => decodeText(Buffer.from('Baku', 'utf16le'), 'nobom.txt')).toThrow(
      'nobom.txt: binary content or UTF-16 without a byte-order mark (NUL byte at 1), not text',
    );
  });
});

/** The windows-1251 byte of a character, found by decoding every byte once. */
function cp1251Byte(char: string): number {
  const table = new TextDecoder('windows-1251').decode(new Uint8Array(256).map((_, i) => i));
  const at = table.indexOf(char);
  if (at < 0) throw new Error(`no windows-1251 byte for ${char}`);
  return at;
}
