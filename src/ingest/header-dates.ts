// The publication date a text states about itself: a date in its header lines that stands as a dateline
// ("29 мая 2019, 21:06", "RUSSIA, April 26 -", "17.01.2009 …"), not a date mentioned in a sentence.
// A dateline without a year gives a day only when another header line supplies the year.
import { isoDay } from './calendar.js';
import { MONTH_PATTERN, monthNumber } from './months.js';

export interface HeaderDate {
  index: number;
  end: number;
  year?: number;
  month: number;
  day?: number;
}

type Reader = (m: RegExpExecArray) => Omit<HeaderDate, 'index' | 'end'>;

const M = `(${MONTH_PATTERN})\\.?(?![\\p{L}])`;
const DATE_FORMS: Array<[RegExp, Reader]> = [
  [/(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/gu, (m) => ({ year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined })],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/gu, (m) => ({ year: +m[3], month: +m[2], day: +m[1] })],
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s+${M},?\\s+(\\d{4})(?!\\d)`, 'giu'), (m) => ({ year: +m[3], month: monthNumber(m[2])!, day: +m[1] })],
  [new RegExp(`(?<![\\p{L}])${M}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'giu'), (m) => ({ year: +m[3], month: monthNumber(m[1])!, day: +m[2] })],
  [new RegExp(`(?<!\\d)(\\d{4})\\s+${M}\\s+(\\d{1,2})(?!\\d)`, 'giu'), (m) => ({ year: +m[1], month: monthNumber(m[2])!, day: +m[3] })],
  [new RegExp(`(?<!\\d)(\\d{1,2})\\s+${M}`, 'giu'), (m) => ({ month: monthNumber(m[2])!, day: +m[1] })],
  [new RegExp(`(?<![\\p{L}])${M}\\s+(\\d{1,2})(?!\\d)`, 'giu'), (m) => ({ month: monthNumber(m[1])!, day: +m[2] })],
];

/** "12:30", ", 21:06", " - 09:33" right after the date: publishing systems stamp the time, sentences rarely do. */
const FOLLOWED_BY_TIME = /^[\s,\-–—]*\d{1,2}:\d{2}(?!\d)/u;
/** A dateline ends the line, or goes on with a time, punctuation or a capitalised word, never mid-sentence. */
const DATELINE_REST = /^\s*(?:$|[^\p{Ll}\s])/u;
/** "RUSSIA, ", "BAKU, Azerbaijan, ", "Baku, ", "МОСКВА, ": a place before the date. */
const PLACE_PREFIX = /^[\p{Lu}][\p{L}\-]*(?: [\p{L}\-]+){0,2}(?:, [\p{Lu}][\p{L}\-]*(?: [\p{L}\-]+){0,2})?,\s*$/u;
const SHORT_LINE = 80;
const BARE_YEAR = /^\s*((?:19|20)\d{2})\s*$/;

/** Every date-like expression in a line, leftmost first; a full date wins over a yearless one at the same place. */
export function findDates(line: string): HeaderDate[] {
  const found: HeaderDate[] = [];
  for (const [pattern, read] of DATE_FORMS) {
    for (const m of line.matchAll(pattern)) {
      const parts = read(m as RegExpExecArray);
      if (parts.month >= 1 && parts.month <= 12) found.push({ index: m.index!, end: m.index! + m[0].length, ...parts });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: HeaderDate[] = [];
  for (const date of found) if (!kept.some((k) => date.index < k.end && k.index < date.end)) kept.push(date);
  return kept;
}

/** The datelines of one header line. */
export function datelines(line: string): HeaderDate[] {
  const trimmed = line.trim();
  const firstWord = trimmed.split(/[\s,]/)[0];
  const placeAllowed = trimmed.length <= SHORT_LINE || (firstWord.length > 1 && firstWord === firstWord.toUpperCase());
  return findDates(trimmed).filter((date) => {
    const before = trimmed.slice(0, date.index);
    const after = trimmed.slice(date.end);
    if (FOLLOWED_BY_TIME.test(after)) return true;
    const leads = before.trim() === '' || (placeAllowed && PLACE_PREFIX.test(before));
    return leads && DATELINE_REST.test(after);
  });
}

/** The publication day stated by header lines (already cut to the header), or null. */
export function publicationDay(headerLines: string[]): string | null {
  const found = headerLines.flatMap(datelines);
  const full = found.find((d) => d.year && d.day);
  if (full) return isoDay(full.year!, full.month, full.day!);
  const yearless = found.find((d) => !d.year && d.day);
  if (!yearless) return null;
  const year = yearFromHeader(headerLines, found, yearless.month);
  return year ? isoDay(year, yearless.month, yearless.day!) : null;
}

/** A year for a yearless dateline: from a month-precision date of the same month, or a line that is a year. */
function yearFromHeader(headerLines: string[], found: HeaderDate[], month: number): number | null {
  const sameMonth = found.find((d) => d.year && !d.day && d.month === month);
  if (sameMonth) return sameMonth.year!;
  for (const line of headerLines) {
    const bare = BARE_YEAR.exec(line);
    if (bare) return Number(bare[1]);
  }
  return null;
}
