// Finds countries, regions and cities in a text, in every language with a place lexicon, with their spans.
// Facts use it for parties, flow directions, places and people's countries.
import type { Span } from '../../core/index.js';
import type { PlaceEntry, PlaceLexicon } from './lexicon.js';
import { places as en } from '../lang/en/countries.js';
import { places as ru } from '../lang/ru/countries.js';
import { places as az } from '../lang/az/countries.js';

export type PlaceKind = 'country' | 'region' | 'city' | 'adjective';

export interface PlaceMatch {
  code: string;
  kind: PlaceKind;
  span: Span;
  text: string;
}

interface CompiledPattern {
  code: string;
  kind: PlaceKind;
  regex: RegExp;
}

const LEXICONS: PlaceLexicon[] = [en, ru, az];

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}])';

function alternatives(items: string[], ending: string): string {
  return items.map((s) => (s.endsWith('-') ? s : s + ending)).join('|');
}

function compile(entry: PlaceEntry, kind: PlaceKind, lexicon: PlaceLexicon): CompiledPattern[] {
  const ending = lexicon.stemEnding ?? '';
  const out: CompiledPattern[] = [];
  const add = (items: string[] | undefined, k: PlaceKind, flags: string) => {
    if (!items?.length) return;
    const end = items.some((s) => s.endsWith('-')) ? '' : WORD_END;
    out.push({ code: entry.code, kind: k, regex: new RegExp(`${WORD_START}(?:${alternatives(items, ending)})${end}`, flags) });
  };
  add(entry.names, kind, 'gu');
  add(entry.adjectives, 'adjective', 'giu');
  add(entry.cities, 'city', 'gu');
  return out;
}

const PATTERNS: CompiledPattern[] = LEXICONS.flatMap((lexicon) => [
  ...lexicon.regions.flatMap((e) => compile(e, 'region', lexicon)),
  ...lexicon.countries.flatMap((e) => compile(e, 'country', lexicon)),
]);

/** Every place named in `text`, sorted by position; where two overlap the longer (then the region) wins. */
export function findPlaces(text: string): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  // exec rather than matchAll: matchAll copies the regex on every call, and a copy may be compiled afresh.
  for (const { code, kind, regex } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      found.push({ code, kind, span: [m.index, m.index + m[0].length], text: m[0] });
      if (m[0] === '') regex.lastIndex++;
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0] || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]));
  const kept: PlaceMatch[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.span[0] < last.span[1]) continue;
    kept.push(m);
  }
  return kept;
}

/** The country a place code belongs to: "RU-AST" → "RU". */
export function countryOf(code: string): string {
  return code.split('-')[0];
}

/** The distinct countries named in a stretch of text, in order of first mention. */
export function countriesIn(text: string): string[] {
  const codes: string[] = [];
  for (const m of findPlaces(text)) {
    const c = countryOf(m.code);
    if (!codes.includes(c)) codes.push(c);
  }
  return codes;
}
