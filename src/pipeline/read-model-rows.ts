// The reconciled figures, people, instruments, timeline and review queue as rows of the read models: each item
// whole, with the columns the API filters on and its place in the order the whole list is shown in.
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import type { Figure } from '../knowledge/figures/index.js';
import type { TimelineEntry } from '../knowledge/timeline/index.js';
import type { FigureRow, InstrumentRow, PersonRow, ReviewRow, TimelineRow } from '../store/index.js';
import { inSeriesOrder, latestConflicts } from './figure-orders.js';
import type { ReviewItem } from './read-review.js';

/** Country codes without their subdivisions ("RU-AST" → "RU"), each once. */
const countriesOf = (codes: readonly string[]) => [...new Set(codes.map((code) => code.split('-')[0]))];

export function figureRows(figures: readonly Figure[]): FigureRow[] {
  const conflictPositions = new Map(latestConflicts(figures).map((figure, position) => [figure, position]));
  return inSeriesOrder(figures).map((figure, position) => ({
    key: figure.key, indicator: figure.indicator, pair: figure.pair, unit: figure.unit,
    seriesPosition: position, conflictPosition: conflictPositions.get(figure) ?? null, data: figure,
  }));
}

export function personRows(people: readonly PersonEntity[]): PersonRow[] {
  return people.map((person, position) => ({
    position, id: person.id,
    names: [person.name, ...person.aliases].map((spelling) => spelling.toLowerCase()),
    countries: countriesOf(person.countries), data: person,
  }));
}

export function instrumentRows(instruments: readonly InstrumentEntity[]): InstrumentRow[] {
  return instruments.map((instrument, position) => ({
    position, id: instrument.id, type: instrument.type, parties: countriesOf(instrument.parties),
    signedYear: instrument.signedOn && /^\d{4}/.test(instrument.signedOn) ? Number(instrument.signedOn.slice(0, 4)) : null,
    data: instrument,
  }));
}

/** Entries already in timeline order (as `timeline()` gives them). */
export function timelineRows(entries: readonly TimelineEntry[]): TimelineRow[] {
  return entries.map((entry, position) => ({
    position, id: entry.id, type: entry.type, pairs: entry.pairs, date: entry.date, data: entry,
  }));
}

export function reviewRows(items: readonly ReviewItem[]): ReviewRow[] {
  return items.map((item, position) => ({ position, kind: item.kind, id: item.id, data: item }));
}
