// The timeline: events and instruments in date order, each with every document that reports it (copies of
// one story count once). Reports of one event from several documents are merged when they agree on type,
// date at the coarser precision, and place, ordinal or title. What is announced is kept apart from what
// happened, and linked to it once it happens.
import { stableId, type EventFact, type EventType, type Instrument, type Span } from '../../core/index.js';
import { toLatin } from '../entities/fold.js';
import { titleSimilarity, titleWords, type InstrumentEntity } from '../entities/index.js';

export interface TimelineSource {
  fact: string;
  document: string;
  file: string;
  outlet: string | null;
  published: string | null;
  story: string;
  /** The two countries the document is about, sorted ("AZ-RU"). */
  pair: string | null;
  quote: string | null;
  span: Span | null;
}

export interface EventEvidence {
  event: Omit<EventFact, 'quote' | 'span'>;
  source: TimelineSource;
}

export type TimelineType = EventType | 'instrument';
export type TimelineStatus = 'happened' | 'planned';

export interface TimelineEntry {
  id: string;
  type: TimelineType;
  /** For an instrument: action_plan, roadmap, agreement… */
  instrumentType?: Instrument['type'];
  title: string;
  aliases: string[];
  /** At the most precise the sources give. */
  date: string | null;
  endDate: string | null;
  place: string | null;
  ordinal: number | null;
  participants: string[];
  /** Countries concerned, "AZ-RU" style pairs of its sources or an instrument's parties. */
  pairs: string[];
  status: TimelineStatus;
  /** A planned entry: the happened entry it became. */
  fulfilledBy: string | null;
  /** A happened entry: the planned entries that announced it. */
  announcedBy: string[];
  /** Distinct stories reporting it. */
  stories: number;
  sources: TimelineSource[];
}

export interface TimelineFilter {
  /** ISO day: entries on or after it (at their precision). */
  from?: string;
  to?: string;
  type?: TimelineType;
  /** "RU-AZ" in either order. */
  pair?: string;
}

const PLANNED_CUES = /\b(?:will be held|will take place|will hold|is scheduled|are scheduled|is planned|is expected to (?:be held|take place)|upcoming)\b|состоится|пройд[её]т|запланирован|планируется провести|будет проведен/i;

/** Announced rather than reported: flagged so, dated after its source's publication, or worded as future. */
export function isPlanned(event: EventEvidence['event'], source: Pick<TimelineSource, 'published' | 'quote'>): boolean {
  if (event.planned === true) return true;
  if (event.planned === false) return false;
  if (event.date && source.published && event.date > source.published.slice(0, event.date.length)) return true;
  return source.quote !== null && PLANNED_CUES.test(source.quote);
}

/** Two dates agree at the coarser precision: "2024-06" and "2024-06-28" do, "2024-06" and "2024-07" do not. */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a.startsWith(b) || b.startsWith(a);
}

const fold = (place: string | null | undefined) => (place ? toLatin(place).replace(/[^a-z]/g, '') : null);

/** Same type, same date at the coarser precision, and the same place, ordinal or a like title. */
export function sameEvent(a: EventEvidence['event'], b: EventEvidence['event']): boolean {
  if (a.type !== b.type || !datesAgree(a.date, b.date)) return false;
  if (a.ordinal !== undefined && b.ordinal !== undefined) return a.ordinal === b.ordinal;
  const placeA = fold(a.place);
  const placeB = fold(b.place);
  if (placeA && placeB && placeA !== placeB) return false;
  return (placeA !== null && placeA === placeB) || titleSimilarity(titleWords(a.title), titleWords(b.title)) >= 0.5;
}

interface Group {
  status: TimelineStatus;
  items: EventEvidence[];
}

export function eventEntries(evidence: readonly EventEvidence[]): TimelineEntry[] {
  const groups: Group[] = [];
  for (const item of evidence) {
    const status: TimelineStatus = isPlanned(item.event, item.source) ? 'planned' : 'happened';
    const group = groups.find((candidate) => candidate.status === status &&
      candidate.items.some((member) => sameEvent(member.event, item.event)));
    if (group) group.items.push(item);
    else groups.push({ status, items: [item] });
  }
  const entries = groups.map(toEntry);
  linkPlans(entries, groups);
  return entries;
}

function toEntry({ status, items }: Group): TimelineEntry {
  const events = items.map((item) => item.event);
  const date = events.map((event) => event.date).filter(Boolean).sort((a, b) => b!.length - a!.length)[0] ?? null;
  const titles = [...new Set(events.map((event) => event.title))];
  const title = titles.sort((a, b) => b.length - a.length)[0];
  const head = events[0];
  const place = events.map((event) => event.place).find(Boolean) ?? null;
  const ordinal = events.map((event) => event.ordinal).find((value) => value !== undefined) ?? null;
  return {
    id: stableId('event', status, head.type, head.date, fold(head.place), ordinal, [...titleWords(head.title)].sort()),
    type: head.type,
    title,
    aliases: titles.filter((other) => other !== title),
    date,
    endDate: events.map((event) => event.end_date).find(Boolean) ?? null,
    place,
    ordinal,
    participants: [...new Set(events.flatMap((event) => event.participants))],
    pairs: pairsOf(items.map((item) => item.source)),
    status,
    fulfilledBy: null,
    announcedBy: [],
    stories: new Set(items.map((item) => item.source.story)).size,
    sources: items.map((item) => item.source),
  };
}

/** A planned entry is fulfilled by the happened entry that is the same event. */
function linkPlans(entries: TimelineEntry[], groups: Group[]): void {
  entries.forEach((planned, i) => {
    if (planned.status !== 'planned') return;
    const j = entries.findIndex((happened, k) => happened.status === 'happened' &&
      groups[k].items.some((member) => groups[i].items.some((item) => sameEvent(member.event, item.event))));
    if (j < 0) return;
    planned.fulfilledBy = entries[j].id;
    entries[j].announcedBy.push(planned.id);
  });
}

const pairsOf = (sources: readonly TimelineSource[]) =>
  [...new Set(sources.flatMap((source) => (source.pair ? [source.pair] : [])))].sort();

/** Instruments on the timeline at their signing dates, with their sources' stories. */
export function instrumentEntries(
  instruments: readonly InstrumentEntity[], sourceOf: (fact: string) => TimelineSource | undefined,
): TimelineEntry[] {
  return instruments.map((instrument) => {
    const sources = instrument.sources.flatMap((source) => sourceOf(source.fact) ?? []);
    const countries = [...new Set(instrument.parties.map((party) => party.split('-')[0]))].sort();
    const latest = sources.map((source) => source.published).filter(Boolean).sort().at(-1);
    const planned = Boolean(instrument.signedOn && latest && instrument.signedOn > latest.slice(0, instrument.signedOn.length));
    return {
      id: instrument.id,
      type: 'instrument',
      instrumentType: instrument.type,
      title: instrument.title,
      aliases: instrument.aliases,
      date: instrument.signedOn,
      endDate: null,
      place: instrument.place,
      ordinal: null,
      participants: [],
      pairs: countries.length === 2 ? [countries.join('-')] : pairsOf(sources),
      status: planned ? 'planned' : 'happened',
      fulfilledBy: null,
      announcedBy: [],
      stories: new Set(sources.map((source) => source.story)).size,
      sources,
    };
  });
}

/** Entries in date order (undated last), filtered. */
export function timeline(entries: readonly TimelineEntry[], filter: TimelineFilter = {}): TimelineEntry[] {
  const pair = filter.pair?.toUpperCase().split(/[-–]/).sort().join('-');
  return entries
    .filter((entry) => !filter.type || entry.type === filter.type)
    .filter((entry) => !pair || entry.pairs.includes(pair))
    // A date at month or year precision overlaps a bound when any day of it could.
    .filter((entry) => !filter.from || (entry.date !== null && entry.date >= filter.from.slice(0, entry.date.length)))
    .filter((entry) => !filter.to || (entry.date !== null && entry.date <= filter.to.slice(0, entry.date.length)))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      Number(a.status === 'planned') - Number(b.status === 'planned') || a.title.localeCompare(b.title));
}
