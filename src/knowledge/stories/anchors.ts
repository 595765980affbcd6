// Anchors: what a story keeps in translation. Measured on the corpus, its telling figures do (amounts,
// percentages, counts of a hundred or more); names do not: they are spelled and inflected differently
// across languages, and articles on other meetings of the same commission share most of them.
import type { Lang } from '../../core/index.js';
import { storyFigures } from './figures.js';

/** Figures that also fit dates, ordinals and small counts say little about which story a text is. */
function isTelling(figure: string): boolean {
  if (figure.endsWith('%') || figure.includes('.')) return true;
  const value = Number(figure);
  const year = Number.isInteger(value) && value >= 1900 && value <= 2100;
  return value >= 100 && !year;
}

/** The telling figures of a text, sorted, repeats kept: a multiset. */
export function storyAnchors(text: string, lang: Lang): string[] {
  return storyFigures(text, lang).filter(isTelling).sort();
}

/** How many anchors two sorted multisets share, an occurrence matching at most one occurrence. */
export function sharedAnchors(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
