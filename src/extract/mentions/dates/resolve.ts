// Pure resolvers: the parts a pattern read (year, month, day, quarter…) → the ISO dates of a mention.
// Relative and year-less parts resolve against the publication day; without one they are a problem, not a guess.
import type { DateMention, DatePrecision, DateRangeMention } from '../../../core/index.js';
import { addDays, compareDays, type Day, dayNumber, daysInMonth, firstOfMonth, isoDay, isValidDay, lastOfMonth } from './calendar.js';

export type DateValue = Omit<DateMention, 'span' | 'text'> | Omit<DateRangeMention, 'span' | 'text'>;
export type Problem = { problem: 'no-reference' | 'invalid'; message: string };
export type Resolution = DateValue | Problem;

/** A year as the text gives it: written out, relative to publication ("last year"), or not at all. */
export type YearRef = { year: number; relative: boolean } | { offset: number } | null;

/** A day written without a year may lie a little after publication ("the visit on 22-23 January"). */
export const YEARLESS_DAY_LOOKAHEAD = 10;

export const NO_REFERENCE: Problem = {
  problem: 'no-reference',
  message: 'relative or year-less date and no publication date to resolve it against',
};

export function isProblem(r: Resolution): r is Problem {
  return 'problem' in r;
}

/** The year a YearRef names; `fallback` decides a missing year from the publication day. */
export function resolveYear(
  ref: YearRef, published: Day | null, fallback: (published: Day) => number,
): { year: number; relative: boolean } | Problem {
  if (ref && 'year' in ref) return ref;
  if (!published) return NO_REFERENCE;
  return { year: ref ? published.year + ref.offset : fallback(published), relative: true };
}

export function singleDay(year: number, month: number, day: number, relative = false): Resolution {
  if (!isValidDay(year, month, day)) return invalid(`${year}-${month}-${day}`);
  return { kind: 'date', value: isoDay({ year, month, day }), ...(relative ? { relative } : {}) };
}

export function dayRange(from: Day, to: Day, relative = false): Resolution {
  if (!isValidDay(from.year, from.month, from.day) || !isValidDay(to.year, to.month, to.day)) {
    return invalid('day range');
  }
  if (compareDays(from, to) >= 0) return invalid('day range that ends before it starts');
  return range(isoDay(from), isoDay(to), 'day', relative);
}

export function monthRange(year: number, fromMonth: number, toMonth = fromMonth, relative = false): Resolution {
  if (fromMonth > toMonth) return invalid('month range that ends before it starts');
  return range(firstOfMonth(year, fromMonth), lastOfMonth(year, toMonth), 'month', relative);
}

export function quarter(year: number, n: number, relative = false): Resolution {
  if (n < 1 || n > 4) return invalid(`quarter ${n}`);
  return range(firstOfMonth(year, n * 3 - 2), lastOfMonth(year, n * 3), 'quarter', relative);
}

export function half(year: number, n: number, relative = false): Resolution {
  if (n < 1 || n > 2) return invalid(`half ${n}`);
  return range(firstOfMonth(year, n * 6 - 5), lastOfMonth(year, n * 6), 'half', relative);
}

export function yearRange(fromYear: number, toYear = fromYear, relative = false): Resolution {
  if (fromYear > toYear) return invalid('year range that ends before it starts');
  return range(`${fromYear}-01-01`, `${toYear}-12-31`, 'year', relative);
}

/** "yesterday", "сегодня": the publication day moved by `offset` days. */
export function relativeDay(offset: number, published: Day | null): Resolution {
  if (!published) return NO_REFERENCE;
  return { kind: 'date', value: isoDay(addDays(published, offset)), relative: true };
}

/** "since the beginning of the year": from the year's first day to publication. */
export function sinceYearStart(year: number, published: Day | null): Resolution {
  if (!published) return { kind: 'date_range', start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', open: 'end' };
  return range(`${year}-01-01`, isoDay(published), 'day', true);
}

/** The most recent such day not after publication plus a few days: "on 7 December" in a text of 8 December. */
export function yearlessDayYear(month: number, day: number, published: Day): number {
  const horizon = addDays(published, YEARLESS_DAY_LOOKAHEAD);
  for (let year = horizon.year; year > horizon.year - 8; year--) {
    if (isValidDay(year, month, day) && compareDays({ year, month, day }, horizon) <= 0) return year;
  }
  return horizon.year;
}

/**
 * A month stated without a year: the publication year, unless the month lies so far ahead of publication that
 * the text must mean the previous one ("in December" in a text of February).
 */
export function yearlessMonthYear(month: number, published: Day): number {
  return month - published.month > 8 ? published.year - 1 : published.year;
}

/** A running total to a month ("10 months", "January-November") has ended by publication: else it is last year's. */
export function cumulativePeriodYear(lastMonth: number, published: Day): number {
  return lastOfMonth(published.year, lastMonth) <= isoDay(published) ? published.year : published.year - 1;
}

function range(start: string, end: string, precision: DatePrecision, relative: boolean): Resolution {
  return { kind: 'date_range', start, end, precision, ...(relative ? { relative } : {}) };
}

function invalid(what: string): Problem {
  return { problem: 'invalid', message: `not a calendar date: ${what}` };
}

/** Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** "3 days ago", "через 2 недели", "a year ago": the reference day moved by whole units; months clamp to the month's
 *  last day ("a month ago" on 31 March is 29 February). */
export function shiftedDay(published: Day | null, count: number, unit: 'day' | 'week' | 'month' | 'year'): Resolution {
  if (!published) return NO_REFERENCE;
  if (unit === 'day' || unit === 'week') return relativeDay(unit === 'week' ? count * 7 : count, published);
  const months = published.year * 12 + published.month - 1 + (unit === 'year' ? count * 12 : count);
  const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
  const day = Math.min(published.day, daysInMonth(year, month));
  return { kind: 'date', value: isoDay({ year, month, day }), relative: true };
}

/** "last week": Monday to Sunday of the week `offset` weeks from the reference one. */
export function weekRange(published: Day | null, offset: number): Resolution {
  if (!published) return NO_REFERENCE;
  const monday = addDays(published, 1 - weekdayOf(published) + offset * 7);
  return range(isoDay(monday), isoDay(addDays(monday, 6)), 'day', true);
}

/** "next month", "в прошлом месяце": the whole month `offset` months from the reference one. */
export function relativeMonth(published: Day | null, offset: number): Resolution {
  if (!published) return NO_REFERENCE;
  const months = published.year * 12 + published.month - 1 + offset;
  const [year, month] = [Math.floor(months / 12), (months % 12) + 1];
  return range(firstOfMonth(year, month), lastOfMonth(year, month), 'month', true);
}

/** "on Monday": the closest such day, up to three days either way; "last Friday" the one before the reference day,
 *  "next Tuesday" the one after it, "this Thursday" the one in the reference week. */
export function weekday(published: Day | null, target: number, modifier: number | null): Resolution {
  if (!published) return NO_REFERENCE;
  const today = weekdayOf(published);
  let offset: number;
  if (modifier === null) {
    offset = (target - today + 7) % 7;
    if (offset > 3) offset -= 7;
  } else if (modifier < 0) offset = -(((today - target + 6) % 7) + 1);
  else if (modifier > 0) offset = ((target - today + 6) % 7) + 1;
  else offset = target - today;
  return relativeDay(offset, published);
}

/** A third of a year (January–April, May–August, September–December) or of a month (1–10, 11–20, 21–end). */
export function yearPart(year: number, part: 1 | 2 | 3, relative = false): Resolution {
  return range(firstOfMonth(year, part * 4 - 3), lastOfMonth(year, part * 4), 'month', relative);
}

export function monthPart(year: number, month: number, part: 1 | 2 | 3, relative = false): Resolution {
  const start = isoDay({ year, month, day: part * 10 - 9 });
  const end = part === 3 ? lastOfMonth(year, month) : isoDay({ year, month, day: part * 10 });
  return range(start, end, 'day', relative);
}

/** Three months from `firstMonth` of `year`: winter 2021 is December 2021 – February 2022. */
export function season(year: number, firstMonth: number, relative = false): Resolution {
  const last = firstMonth + 2;
  return range(firstOfMonth(year, firstMonth), last > 12 ? lastOfMonth(year + 1, last - 12) : lastOfMonth(year, last),
    'month', relative);
}

/** "the 1990s"; a two-digit decade ("the 90s", "20-е") is the latest one that began by the reference year. */
export function decade(written: string, published: Day | null): Resolution {
  let year = Number(written);
  if (written.length === 2) {
    const now = published?.year ?? 2029;
    year = 2000 + year <= now ? 2000 + year : 1900 + year;
  }
  return range(`${year}-01-01`, `${year + 9}-12-31`, 'year', written.length === 2);
}
