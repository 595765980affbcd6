// The period a figure is reported for, from the date mentions of its clause or sentence. A date after
// "compared to" is the base of a comparison, not the figure's period; "from A to B" gives A the base period.
import type { DateMention, DateRangeMention, Period } from '../../../core/index.js';
import type { CompiledCues } from './cues.js';

export type DateLike = DateMention | DateRangeMention;

export function periodOfDate(date: DateLike, published: string | null): Period {
  if (date.kind === 'date') return { start: date.value, end: date.value };
  if (date.open === 'end') return { start: date.start, end: published && published > date.start ? published : date.end };
  return { start: date.start, end: date.end };
}

/** Splits a sentence's dates into the ones that date figures and the bases of comparisons. */
export function sortDates(text: string, sentenceStart: number, dates: DateLike[], cues: CompiledCues):
  { own: DateLike[]; bases: DateLike[] } {
  const own: DateLike[] = [];
  const bases: DateLike[] = [];
  for (const d of dates) {
    const before = text.slice(Math.max(sentenceStart, d.span[0] - 40), d.span[0]);
    (cues.comparisonBefore.test(before) ? bases : own).push(d);
  }
  return { own, bases };
}

/** The own date nearest the figure, preferring its clause, and ranges over single days (a dateline's day). */
export function nearestDate(all: DateLike[], at: number, clause: readonly [number, number]): DateLike | undefined {
  const ranges = all.filter((d) => d.kind === 'date_range');
  const dates = ranges.length ? ranges : all;
  const distance = (d: DateLike) => Math.min(Math.abs(d.span[0] - at), Math.abs(d.span[1] - at));
  const inClause = dates.filter((d) => d.span[0] >= clause[0] && d.span[1] <= clause[1]);
  return [...(inClause.length ? inClause : dates)].sort((a, b) => distance(a) - distance(b))[0];
}

/** The same stretch of time a whole number of years earlier or later. */
export function shiftYears(period: Period, years: number): Period | null {
  if (!period.start || !period.end) return null;
  const shift = (iso: string) => String(Number(iso.slice(0, 4)) + years).padStart(4, '0') + iso.slice(4);
  return { start: shift(period.start), end: shift(period.end) };
}

export function isWholeYear(period: Period): boolean {
  return !!period.start && !!period.end && period.start.endsWith('-01-01') && period.end.endsWith('-12-31') &&
    period.start.slice(0, 4) === period.end.slice(0, 4);
}
