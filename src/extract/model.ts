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
  return within(model.mentions, start, end);
}

/** The places that lie inside a span. */
export function placesWithin(model: TextModel, start: number, end: number): PlaceMatch[] {
  return within(model.places, start, end);
}

/** The items of a list sorted by start that lie inside [start, end]: a binary search to the first, not a filter of
 * the whole list, since extractors ask once or more per sentence. */
function within<T extends { span: readonly [number, number] }>(items: T[], start: number, end: number): T[] {
  let low = 0, high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle].span[0] < start) low = middle + 1;
    else high = middle;
  }
  const out: T[] = [];
  for (let i = low; i < items.length && items[i].span[0] <= end; i++) if (items[i].span[1] <= end) out.push(items[i]);
  return out;
}
