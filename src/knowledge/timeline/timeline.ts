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

/** An event with its folded place and title words, each worked out once, when first needed. */
class Compared {
  private folded?: string | null;
  private folding?: Set<string>;

  constructor(readonly event: EventEvidence['event']) {}

  get place(): string | null {
    if (this.folded === undefined) this.folded = fold(this.event.place);
    return this.folded;
  }

  get words(): Set<string> {
    return (this.folding ??= titleWords(this.event.title));
  }
}

function same(a: Compared, b: Compared): boolean {
  if (a.event.type !== b.event.type || !datesAgree(a.event.date, b.event.date)) return false;
  if (a.event.ordinal !== undefined && b.event.ordinal !== undefined) return a.event.ordinal === b.event.ordinal;
  if (a.place && b.place && a.place !== b.place) return false;
  return (a.place !== null && a.place === b.place) || titleSimilarity(a.words, b.words) >= 0.5;
}

/** Same type, same date at the coarser precision, and the same place, ordinal or a like title. */
export function sameEvent(a: EventEvidence['event'], b: EventEvidence['event']): boolean {
  return same(new Compared(a), new Compared(b));
}

interface Group {
  status: TimelineStatus;
  items: EventEvidence[];
  /** The items' events, in the same order, as they are compared. */
  compared: Compared[];
}

/** Events under one key, by the group they joined, groups in the order they were made. */
class Bucket {
  private readonly groups: number[] = [];
  private readonly members = new Map<number, Compared[]>();

  add(group: number, member: Compared): void {
    const held = this.members.get(group);
    if (held) {
      held.push(member);
      return;
    }
    this.members.set(group, [member]);
    let low = 0;
    let high = this.groups.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.groups[middle] < group) low = middle + 1;
      else high = middle;
    }
    this.groups.splice(low, 0, group);
  }

  /** The first group made before `before` (any group when it is -1) holding the same event; -1 if none. */
  firstSame(event: Compared, before: number): number {
    for (const group of this.groups) {
      if (before >= 0 && group >= before) break;
      if (this.members.get(group)!.some((member) => same(member, event))) return group;
    }
    return -1;
  }
}

/**
 * Events kept by status, type and date, so that an event is compared only with those of its status and type
 * whose dates agree with its own (one date a prefix of the other), earliest group first: the same answers as
 * comparing it with every event of every group in turn, without comparing every pair.
 */
class EventsByDate {
  /** Under its status, type and exact date. */
  private readonly exact = new Map<string, Bucket>();
  /** Under its status, type and every prefix of its date. */
  private readonly under = new Map<string, Bucket>();
  /** What each group already holds: a copy of an event it holds answers every comparison as that event does. */
  private readonly held = new Set<string>();

  add(status: TimelineStatus, group: number, compared: Compared): void {
    const { date, type, ordinal, place, title } = compared.event;
    if (!date) return;
    const head = `${status}|${type}|`;
    const copy = JSON.stringify([group, head, date, ordinal ?? '', ordinal === undefined, place ?? null, title]);
    if (this.held.has(copy)) return;
    this.held.add(copy);
    bucket(this.exact, head + date).add(group, compared);
    for (let length = 1; length <= date.length; length++) bucket(this.under, head + date.slice(0, length)).add(group, compared);
  }

  /** The first group (in the order groups were made) holding an event that is the same as this one; -1 if none. */
  firstSame(status: TimelineStatus, compared: Compared): number {
    const { date, type } = compared.event;
    if (!date) return -1;
    const head = `${status}|${type}|`;
    // Those whose date starts with this one's, then those whose date this one's starts with.
    let first = this.under.get(head + date)?.firstSame(compared, -1) ?? -1;
    for (let length = 1; length < date.length; length++) {
      const found = this.exact.get(head + date.slice(0, length))?.firstSame(compared, first) ?? -1;
      if (found >= 0) first = found;
    }
    return first;
  }
}

function bucket(map: Map<string, Bucket>, key: string): Bucket {
  let found = map.get(key);
  if (!found) map.set(key, found = new Bucket());
  return found;
}

export function eventEntries(evidence: readonly EventEvidence[]): TimelineEntry[] {
  const groups: Group[] = [];
  const seen = new EventsByDate();
  for (const item of evidence) {
    const status: TimelineStatus = isPlanned(item.event, item.source) ? 'planned' : 'happened';
    const compared = new Compared(item.event);
    let group = seen.firstSame(status, compared);
    if (group < 0) {
      group = groups.length;
      groups.push({ status, items: [], compared: [] });
    }
    groups[group].items.push(item);
    groups[group].compared.push(compared);
    seen.add(status, group, compared);
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

/** A planned entry is fulfilled by the first happened entry that is the same event. */
function linkPlans(entries: TimelineEntry[], groups: Group[]): void {
  const happened = new EventsByDate();
  groups.forEach((group, k) => {
    if (group.status === 'happened') for (const member of group.compared) happened.add('happened', k, member);
  });
  entries.forEach((planned, i) => {
    if (planned.status !== 'planned') return;
    let j = -1;
    for (const member of groups[i].compared) {
      const found = happened.firstSame('happened', member);
      if (found >= 0 && (j < 0 || found < j)) j = found;
    }
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
