// Finds countries, regions and cities in a text, in every language with a place lexicon, with their spans.
// Facts use it for parties, flow directions, places and people's countries.
import type { Span } from '../../core/index.js';
import { PATTERNS, WORD_KEY, patternsFor, type PlaceKind } from './patterns.js';

export type { PlaceKind };

export interface PlaceMatch {
  code: string;
  kind: PlaceKind;
  span: Span;
  text: string;
}

/** Every place named in `text`, sorted by position; where two overlap the longer (then the region) wins. */
export function findPlaces(text: string): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  // Where each pattern may match next: as a global regex would, a pattern's matches never overlap each other.
  const resumeAt = new Int32Array(PATTERNS.length);
  // exec rather than matchAll: matchAll copies the regex on every call, and a copy may be compiled afresh.
  WORD_KEY.lastIndex = 0;
  for (let w = WORD_KEY.exec(text); w; w = WORD_KEY.exec(text)) {
    const at = w.index;
    for (const i of patternsFor(w[0] + w[1])) {
      if (at < resumeAt[i]) continue;
      const { code, kind, regex } = PATTERNS[i];
      regex.lastIndex = at;
      const m = regex.exec(text);
      if (!m) continue;
      resumeAt[i] = at + m[0].length;
      found.push({ code, kind, span: [at, at + m[0].length], text: m[0] });
    }
  }
  // Found by position, then pattern: the stable sort leaves equal spans in pattern order.
  found.sort((a, b) => a.span[0] - b.span[0] || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]));
  const kept: PlaceMatch[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.span[0] < last.span[1]) continue;
    kept.push(m);
  }
  return kept;
}

/** Whether a place is (also) a city by name: "St. Petersburg" is found as its region but is a city too. */
export function isCityName(match: PlaceMatch): boolean {
  if (match.kind === 'city') return true;
  return PATTERNS.some(({ kind, regex }) => {
    if (kind !== 'city') return false;
    regex.lastIndex = 0;
    const m = regex.exec(match.text);
    return m !== null && m.index === 0 && m[0].length === match.text.length;
  });
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
