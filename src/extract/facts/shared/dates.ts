// The dates a stretch of text states, read from the date mentions at the precision the text gives them:
// a day stays a day, "in February 2022" is "2022-02", "in 2018" is "2018"; a quarter or half keeps its period.
import type { DatePrecision, Mention, Period, Span } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { mentionsWithin } from '../../model.js';

export interface StatedDate {
  /** ISO date at the stated precision. */
  date: string;
  /** Last day, where the text gives several days ("October 5-7"). */
  end?: string;
  /** A quarter or half-year, where that is all the text gives. */
  period?: Period;
  /** The first and last day covered. */
  start: string;
  last: string;
  precision: DatePrecision;
  open?: 'start' | 'end';
  span: Span;
}

export function statedDates(model: TextModel, start: number, end: number): StatedDate[] {
  return mentionsWithin(model, start, end).flatMap((m) => {
    const d = statedDate(m);
    return d ? [d] : [];
  });
}

function statedDate(m: Mention): StatedDate | null {
  if (m.kind === 'date') return { date: m.value, start: m.value, last: m.value, precision: 'day', span: m.span };
  if (m.kind !== 'date_range') return null;
  const base = { start: m.start, last: m.end, precision: m.precision, open: m.open, span: m.span };
  switch (m.precision) {
    case 'day':
      return { ...base, date: m.start, ...(m.end !== m.start ? { end: m.end } : {}) };
    case 'month':
      return { ...base, date: m.start.slice(0, 7) };
    case 'quarter':
    case 'half':
      return { ...base, date: m.start.slice(0, 4), period: { start: m.start, end: m.end } };
    case 'year':
      return { ...base, date: m.start.slice(0, 4) };
  }
}

/** The stated date nearest to a position, skipping open-ended ranges ("until 2024" dates no event). */
export function nearestDate(dates: StatedDate[], at: number): StatedDate | null {
  let best: StatedDate | null = null;
  for (const d of dates) {
    if (d.open) continue;
    if (!best || distance(d.span, at) < distance(best.span, at)) best = d;
  }
  return best;
}

function distance(span: Span, at: number): number {
  return at < span[0] ? span[0] - at : at > span[1] ? at - span[1] : 0;
}
