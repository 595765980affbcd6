// The reconciled figures, people, instruments, timeline and review queue as rows of the read models: each item
// whole, with the columns the API filters on and its place in the order the whole list is shown in.
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import type { Figure } from '../knowledge/figures/index.js';
import type { TimelineEntry } from '../knowledge/timeline/index.js';
import { areasOf } from '../plans/areas/index.js';
import type { FigureRow, InstrumentRow, PersonRow, ReviewRow, TimelineRow } from '../store/index.js';
import { inSeriesOrder, latestConflicts } from './figure-orders.js';
import type { ReviewItem } from './read-review.js';

/** Sources a list shows of each person or instrument: the newest. */
export const LISTED_SOURCES = 5;

/** The item as lists show it: its newest sources (undated last), and how many it has in all. */
export function listed<T extends { sources: Array<{ published: string | null }> }>(item: T): T & { sourceCount: number } {
  const newest = [...item.sources].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  return { ...item, sources: newest.slice(0, LISTED_SOURCES), sourceCount: item.sources.length };
}

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
    countries: countriesOf(person.countries), data: person, listed: listed(person),
  }));
}

export function instrumentRows(instruments: readonly InstrumentEntity[]): InstrumentRow[] {
  return instruments.map((instrument, position) => ({
    position, id: instrument.id, type: instrument.type, parties: countriesOf(instrument.parties),
    signedYear: instrument.signedOn && /^\d{4}/.test(instrument.signedOn) ? Number(instrument.signedOn.slice(0, 4)) : null,
    data: instrument, listed: listed(instrument),
  }));
}

/** Quotes an entry's areas are read from besides its titles: a few are enough, and bound the work. */
const AREA_QUOTES = 3;

/** The areas of cooperation an entry's titles and first quotes speak of. */
export function entryAreas(entry: TimelineEntry): string[] {
  const quotes = entry.sources.slice(0, AREA_QUOTES).map((source) => source.quote ?? '');
  return areasOf([entry.title, ...entry.aliases, ...quotes].join('\n'));
}

/** An entry as the timeline lists it: its newest sources with their count, and the areas it speaks of. */
export type ListedEntry = TimelineEntry & { sourceCount: number; areas: string[] };

export function listedEntry(entry: TimelineEntry): ListedEntry {
  return { ...listed(entry), areas: entryAreas(entry) };
}

/** Entries already in timeline order (as `timeline()` gives them). */
export function timelineRows(entries: readonly TimelineEntry[]): TimelineRow[] {
  return entries.map((entry, position) => {
    const data = listedEntry(entry);
    return {
      position, id: entry.id, type: entry.type, pairs: entry.pairs,
      parties: countriesOf(entry.pairs.flatMap((pair) => pair.split('-'))), areas: data.areas, date: entry.date, data,
    };
  });
}

export function reviewRows(items: readonly ReviewItem[]): ReviewRow[] {
  return items.map((item, position) => ({ position, kind: item.kind, id: item.id, data: item }));
}
