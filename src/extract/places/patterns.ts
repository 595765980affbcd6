// The place lexicons compiled once: one sticky regex per entry and kind, tried only at the word starts whose first
// three characters can begin it, so a text is scanned once instead of once per pattern.
import type { PlaceEntry, PlaceLexicon } from './lexicon.js';
import { places as en } from '../lang/en/countries.js';
import { places as ru } from '../lang/ru/countries.js';
import { places as az } from '../lang/az/countries.js';

export type PlaceKind = 'country' | 'region' | 'city' | 'adjective';

export interface PlacePattern {
  code: string;
  kind: PlaceKind;
  /** Sticky: matches only at its lastIndex. */
  regex: RegExp;
  /** Tells whether a word that begins with a given key (its first KEY_LENGTH characters) can start a match. */
  startsWith: RegExp;
}

const LEXICONS: PlaceLexicon[] = [en, ru, az];

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}])';
const KEY_LENGTH = 3;

/**
 * Every word start at a letter; the letter and the characters captured after it make the key to the patterns worth
 * trying there. The lookahead leaves the next word start unconsumed ("a Baku").
 */
export const WORD_KEY = new RegExp(`${WORD_START}\\p{L}(?=(${'.?'.repeat(KEY_LENGTH - 1)}))`, 'gsu');

function alternatives(items: string[], ending: string): string {
  return items.map((s) => (s.endsWith('-') ? s : s + ending)).join('|');
}

const SYNTAX = new Set([...'\\^$.|?*+()[]{}/']);
const QUANTIFIERS = new Set([...'?*+{']);

/** The characters every match of a regex source begins with, up to `max`: "St\\.? Petersburg" → "St". */
function literalPrefix(source: string, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < max && i < source.length; ) {
    let ch = String.fromCodePoint(source.codePointAt(i)!);
    let next = i + ch.length;
    if (ch === '\\') {
      ch = source[i + 1] ?? '';
      next = i + 2;
      if (!SYNTAX.has(ch)) break; // \p{L}, \d, \b…: a class or an assertion, not a character
    } else if (SYNTAX.has(ch)) break;
    if (QUANTIFIERS.has(source[next])) break;
    out.push(ch);
    i = next;
  }
  return out;
}

const escape = (s: string) => s.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&');

function compile(entry: PlaceEntry, kind: PlaceKind, lexicon: PlaceLexicon): PlacePattern[] {
  const ending = lexicon.stemEnding ?? '';
  const out: PlacePattern[] = [];
  const add = (items: string[] | undefined, k: PlaceKind, flags: string) => {
    if (!items?.length) return;
    const end = items.some((s) => s.endsWith('-')) ? '' : WORD_END;
    const prefixes = items.map((item) => {
      const prefix = literalPrefix(item, KEY_LENGTH);
      // WORD_KEY finds only word starts at a letter.
      if (!/^\p{L}/u.test(prefix[0] ?? '')) {
        throw new Error(`place pattern of ${entry.code} must begin with a letter: ${item}`);
      }
      return escape(prefix.join(''));
    });
    out.push({
      code: entry.code,
      kind: k,
      regex: new RegExp(`${WORD_START}(?:${alternatives(items, ending)})${end}`, flags + 'y'),
      startsWith: new RegExp(`^(?:${prefixes.join('|')})`, flags),
    });
  };
  add(entry.names, kind, 'u');
  add(entry.adjectives, 'adjective', 'iu');
  add(entry.cities, 'city', 'u');
  return out;
}

/** In lexicon order (English, Russian, Azerbaijani; regions before countries): the order that breaks ties. */
export const PATTERNS: PlacePattern[] = LEXICONS.flatMap((lexicon) => [
  ...lexicon.regions.flatMap((e) => compile(e, 'region', lexicon)),
  ...lexicon.countries.flatMap((e) => compile(e, 'country', lexicon)),
]);

// Filled as keys are met: the regexes themselves decide which keys fit, so case folding stays exactly theirs.
// Keys are a word's first three characters, a few thousand in practice; the cap guards a long-running process.
const MAX_KEYS = 50_000;
const byKey = new Map<string, readonly number[]>();

/** The indexes into PATTERNS, ascending, of the patterns that can match at a word beginning with `key`. */
export function patternsFor(key: string): readonly number[] {
  let found = byKey.get(key);
  if (found) return found;
  const indexes: number[] = [];
  PATTERNS.forEach((p, i) => {
    if (p.startsWith.test(key)) indexes.push(i);
  });
  if (byKey.size >= MAX_KEYS) byKey.clear();
  byKey.set(key, (found = indexes));
  return found;
}
