// Dates at any precision ("2024", "2024-06", "2024-06-28") as inclusive day ranges, so that facts
// stated at different precisions can be filtered by overlap with one indexed pair of columns.
import { StoreError } from '../core/errors.js';

export interface DayRange {
  /** Inclusive ISO days; null means open on that side. */
  start: string | null;
  end: string | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The days an ISO date at year, month or day precision covers; null when the value is not such a date. */
export function daysOf(value: string | null | undefined): { start: string; end: string } | null {
  const match = value ? PARTIAL_DATE.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month === null) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthPrefix = `${match[1]}-${match[2]}`;
  if (day === null) return { start: `${monthPrefix}-01`, end: `${monthPrefix}-${String(lastDay).padStart(2, '0')}` };
  if (day < 1 || day > lastDay) return null;
  return { start: value!, end: value! };
}

/** Parses a period filter: a year, month or day ("2021"), or a range of them ("2021-01-01..2021-06"). */
export function parsePeriodFilter(filter: string, name = 'period'): { start: string; end: string } {
  const [from, to, ...rest] = filter.trim().split('..');
  const first = daysOf(from);
  const last = to === undefined ? first : daysOf(to);
  if (!first || !last || rest.length > 0 || first.start > last.end) {
    throw new StoreError('invalid_filter',
      `${name} "${filter}": expected a year "2021", a month "2021-06", a day, or a range "2021-01-01..2021-12-31"`);
  }
  return { start: first.start, end: last.end };
}
