// The shared document model every fact extractor reads: the text, its sentences, and the mentions and places
// found in it once, so that no extractor scans for numbers, dates or countries again.
import type { Lang, Mention } from '../core/index.js';
import type { Sentence } from './text/sentences.js';
import type { PlaceMatch } from './places/countries.js';

export interface TextModel {
  text: string;
  lang: Lang;
  /** Reference date for relative expressions (ISO day), or null. */
  published: string | null;
  sentences: Sentence[];
  /** Every date, amount, percentage and number, sorted by position, not overlapping. */
  mentions: Mention[];
  /** Every country, region and city named, sorted by position. */
  places: PlaceMatch[];
}

/** The mentions that lie inside a span (a sentence, a clause). */
export function mentionsWithin(model: TextModel, start: number, end: number): Mention[] {
  return model.mentions.filter((m) => m.span[0] >= start && m.span[1] <= end);
}

/** The places that lie inside a span. */
export function placesWithin(model: TextModel, start: number, end: number): PlaceMatch[] {
  return model.places.filter((p) => p.span[0] >= start && p.span[1] <= end);
}
