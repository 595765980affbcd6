// Which two countries a document is about, whether a figure concerns a third country, and which way a flow goes.
import type { Indicator } from '../../../core/index.js';
import { countryOf, type PlaceMatch } from '../../places/countries.js';
import type { CompiledCues } from './cues.js';

export type Pair = readonly [string, string];

/** The two countries named most often (ties go to the one named first). */
export function documentPair(places: PlaceMatch[]): Pair | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    const code = countryOf(p.code);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return ranked.length >= 2 ? [ranked[0], ranked[1]] : null;
}

/**
 * The pair a sentence turns to. A text on one country's relations with several partners ("Azerbaijan increased
 * its trade with Turkey and Russia", naming them together in its lead) reports on each of those pairs in turn: a
 * sentence naming the main country and one of the partners its lead names turns to that pair (main country first),
 * one naming both countries of the document pair turns back. Any other sentence keeps the current pair, so a third
 * country named in passing ("Russia's trade with China") stays a third country.
 */
export function turnedPair(named: readonly string[], documentPair: Pair, lead: readonly string[]): Pair | null {
  if (named.length !== 2) return null;
  if (named.every((code) => documentPair.includes(code))) return documentPair;
  const hub = named.find((code) => documentPair.includes(code));
  const partner = named.find((code) => !documentPair.includes(code));
  if (!hub || !partner || !lead.includes(hub) || !lead.includes(partner)) return null;
  return [hub, partner];
}

/** A figure is about a third country when its scope names a country outside the pair and not both of the pair. */
export function concernsThirdCountry(countries: string[], pair: Pair): boolean {
  const outside = countries.some((c) => !pair.includes(c));
  return outside && !(countries.includes(pair[0]) && countries.includes(pair[1]));
}

const OUTBOUND: Indicator[] = ['exports', 'investment', 'tourist_trips', 'national_currency_share'];
export const DIRECTED: Indicator[] = [...OUTBOUND, 'imports'];

/** Origin and destination of a flow from the places in its clause: "from Azerbaijan to Russia", "Russian
 *  exports", "imports from Russia"; the missing end is the pair's other country. */
export function flowDirection(text: string, places: PlaceMatch[], indicator: Indicator, pair: Pair, cues: CompiledCues):
  { from: string; to: string } {
  let from: string | undefined;
  let to: string | undefined;
  for (const place of places) {
    const code = countryOf(place.code);
    if (!pair.includes(code)) continue;
    const before = text.slice(Math.max(0, place.span[0] - 12), place.span[0]);
    const owner = place.kind === 'adjective' || /^['’]s\b/.test(text.slice(place.span[1], place.span[1] + 3));
    if (cues.originBefore.test(before)) from ??= code;
    else if (cues.destinationBefore.test(before)) to ??= code;
    else if (owner && indicator === 'imports') to ??= code;
    else if (owner) from ??= code;
  }
  const other = (code: string) => (code === pair[0] ? pair[1] : pair[0]);
  if (from && !to) to = other(from);
  if (to && !from) from = other(to);
  if (from === to || !from || !to) [from, to] = indicator === 'imports' ? [pair[1], pair[0]] : [pair[0], pair[1]];
  return { from, to };
}
