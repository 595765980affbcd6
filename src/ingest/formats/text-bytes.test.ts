import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, decodeWithCharset, firstInvalidUtf8Byte } from './text-bytes.js';

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
