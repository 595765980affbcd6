// The city a fact took place in: a city the clause names as a venue ("in Baku", "Moscow hosted", "в Астрахани"),
// given in the nominative where the language inflects names ("Астрахани" → "Астрахань").
import type { TextModel } from '../../model.js';
import { placesWithin } from '../../model.js';
import { isCityName, type PlaceMatch } from '../../places/countries.js';

export interface VenueWords {
  /** Regex source for what stands right before a venue ("in ", "в "). */
  before: string;
  /** Regex source for what follows a venue as the subject ("hosted"). */
  after: string;
  /** City names in their dictionary form; an inflected match maps to the one it extends. */
  nominatives: string[];
}

export interface CompiledVenueWords {
  before: RegExp;
  after: RegExp;
  nominatives: string[];
}

export function compileVenueWords(words: VenueWords): CompiledVenueWords {
  return {
    before: new RegExp(`(?:${words.before})$`, 'iu'),
    after: new RegExp(`^(?:${words.after})`, 'iu'),
    nominatives: words.nominatives,
  };
}

/** The first city named as a venue between start and end, in the nominative, or null. */
export function venueWithin(model: TextModel, start: number, end: number, words: CompiledVenueWords): string | null {
  for (const p of placesWithin(model, start, end)) {
    if (p.kind !== 'city' && (p.kind !== 'region' || !isCityName(p))) continue;
    const before = model.text.slice(Math.max(start, p.span[0] - 12), p.span[0]);
    const after = model.text.slice(p.span[1], Math.min(end, p.span[1] + 12));
    if (words.before.test(before) || words.after.test(after)) return cityName(p, words.nominatives);
  }
  return null;
}

export function cityName(match: PlaceMatch, nominatives: string[]): string {
  if (nominatives.includes(match.text)) return match.text;
  return nominatives.find((n) => n.length > 3 && match.text.startsWith(n.slice(0, -1))) ?? match.text;
}
