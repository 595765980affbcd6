// Generators of hostile text for the fuzz tests and the fuzz campaign: real corpus sentences, mutated
// (characters inserted and deleted, digits, Cyrillic, currency signs, long lines, runs of numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitSentences } from '../../src/extract/text/sentences.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

/** Sentences of the shared corpus (seeds and dev), as raw material for mutation. */
export function corpusSentences(limit = 400): string[] {
  const sentences: string[] = [];
  for (const folder of ['seeds', 'dev']) {
    const dir = join(CORPUS, folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const s of splitSentences(text)) if (s.text.length <= limit) sentences.push(s.text);
    }
  }
  return sentences;
}

/** Characters that matter to the finders: digits, separators, signs, Cyrillic, quotes, spaces of every kind. */
const ALPHABET = [
  ...'0123456789', ...',.;:-–—/%()«»"\'…', ' ', '\u00a0', '\u202f', '\t', '\n', '\r\n', '\uFEFF',
  ...'$€₽₼£¥', ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', ...'АБВЕКМНОРСТЯ', ...'əğıöşüçƏ',
  ...'abcdefghijklmnopqrstuvwxyzABCDEMNQRST', '\u0301', '\uD83D\uDE00', '\uD800',
];

const TOKENS = [
  'million', 'billion', 'bn', 'mln', 'млн', 'млрд', 'тыс.', 'руб.', 'долл.', 'манат', 'USD', 'AZN', 'per cent',
  'percent', '%', 'January', 'мая', '2021', '1990-е', 'I quarter', 'II квартал', 'H1', 'January-November',
  'signed', 'meeting', 'заседание', 'Forum', 'Azerbaijan', 'Россия', 'Baku', 'Москва', 'Mr.', 'г.', 'гг.',
  'over', 'about', 'свыше', 'около', 'up to', '-', '–', '—', '..', '...', '1,000.5', '1 000,5', '12.05.2021',
];

const char = fc.constantFrom(...ALPHABET);
const token = fc.constantFrom(...TOKENS);
const piece = fc.oneof(char, token, fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 1e12 }).map(String));

type Edit = (text: string) => string;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), piece).map(([at, p]) => (t: string) => t.slice(0, at % (t.length + 1)) + p + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([at, n]) => (t: string) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.constantFrom('9', '0', '1,', '1 ', '1.', ', ', ' '), fc.integer({ min: 2, max: 300 }))
    .map(([at, unit, n]) => (t: string) => {
      const i = at % (t.length + 1);
      return t.slice(0, i) + unit.repeat(n) + t.slice(i);
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: string) => {
    const i = a % (t.length + 1);
    const j = b % (t.length + 1);
    return t + ' ' + t.slice(Math.min(i, j), Math.max(i, j));
  }),
);

/** A few corpus sentences joined, then edited a few times. */
export function mutatedCorpusText(sentences: string[], maxEdits = 8): fc.Arbitrary<string> {
  const sentence = fc.constantFrom(...sentences);
  return fc.tuple(
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', '\n', '\n\n'),
    fc.array(edit, { maxLength: maxEdits }),
  ).map(([parts, glue, edits]) => edits.reduce((t, e) => e(t), parts.join(glue)));
}

/** Text made only of the interesting characters and tokens, in any order. */
export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.oneof(piece, fc.constant(' ')), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** Any text at all, including lone surrogates. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 300 });

/** Long runs that make backtracking regular expressions show themselves: digits, commas, spaces, words. */
export const REPEATED_UNITS = [
  '1', '9', ',', ' ', '\n', '.', '1,', '1 ', '1.', '1-', '(1', '"1', '1\u00a0', '\t1', '1% ', '$1 ', '12, 3.4 ',
  '1 млрд руб. ', '12 мая 2021 ', 'billion ', 'meeting ', 'Ivan Petrov said ', 'Azerbaijan and Russia signed ',
  'Д', 'Mr. A. B. ', '...', '-', '2021-', '\n \n',
];

export function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
