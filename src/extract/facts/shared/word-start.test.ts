import { describe, expect, it } from 'vitest';
import { WordStartPattern } from './word-start.js';

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

describe('WordStartPattern', () => {
  const cases: [string, string, string, string][] = [
    ['[\\p{L}]', 'met(?![\\p{L}])', 'iu', 'They met, then Emmet met again; MET.'],
    ['[\\p{L}-]', '(?:Minister|Prime\\s+Minister)(?![\\p{L}])', 'iu', 'Prime Minister, ex-Minister and aMinister Minister'],
    ['[\\p{L}]', 'visit', 'u', '𝐀visit visit xvisit'],
  ];
  it.each(cases)('finds what (?<!%s)%s finds', (notBefore, body, flags, text) => {
    const whole = new RegExp(`(?<!${notBefore})(?:${body})`, `${flags}g`);
    const pattern = new WordStartPattern(notBefore, body, flags);
    expect(spans(pattern.matches(text))).toEqual(spans([...text.matchAll(whole)]));
    expect(pattern.first(text)?.index).toBe(text.search(whole) < 0 ? undefined : text.search(whole));
    expect(pattern.test(text)).toBe(text.search(whole) >= 0);
  });

  it('passes over a match with a letter before it', () => {
    expect(new WordStartPattern('[\\p{L}]', 'trade', 'iu').test('intrade')).toBe(false);
  });
});
