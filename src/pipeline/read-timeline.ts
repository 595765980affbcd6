// The timeline read from the store: stored events and the resolved instruments, with curators' decisions
// applied (rejected facts and entries dropped, corrections replaced, merged entries joined).
import { curateEntities, type Curation } from '../knowledge/curation/index.js';
import {
  eventEntries, instrumentEntries, timeline, type TimelineEntry, type TimelineFilter, type TimelineSource,
} from '../knowledge/timeline/index.js';
import type { EvidenceRow, Store } from '../store/index.js';
import { curateEvidence, readCuration } from './curate-evidence.js';
import { readInstruments } from './read-entities.js';

export type { TimelineEntry, TimelineFilter } from '../knowledge/timeline/index.js';

const timelineSource = (row: EvidenceRow): TimelineSource => ({
  fact: row.id, document: row.documentId, file: row.file, outlet: row.outlet, published: row.published,
  story: row.story, pair: row.countryPair ? [...row.countryPair].map((code) => code.split('-')[0]).sort().join('-') : null,
  quote: row.quote, span: row.span,
});

/** Joins two entries a curator merged: sources, titles and participants together, the first one's facts kept. */
function joinEntries(into: TimelineEntry, other: TimelineEntry): TimelineEntry {
  const sources = [...into.sources, ...other.sources];
  return {
    ...into,
    aliases: [...new Set([...into.aliases, other.title, ...other.aliases])].filter((title) => title !== into.title),
    date: into.date ?? other.date,
    place: into.place ?? other.place,
    participants: [...new Set([...into.participants, ...other.participants])],
    pairs: [...new Set([...into.pairs, ...other.pairs])].sort(),
    announcedBy: [...new Set([...into.announcedBy, ...other.announcedBy])],
    stories: new Set(sources.map((source) => source.story)).size,
    sources,
  };
}

export function curateTimeline(entries: readonly TimelineEntry[], curation: Curation): TimelineEntry[] {
  return curateEntities(entries, curation, joinEntries);
}

export async function readTimeline(store: Store, filter: TimelineFilter = {}): Promise<TimelineEntry[]> {
  const curation = await readCuration(store);
  const events = curateEvidence(await store.listEvidence({ kind: 'event' }), curation);
  const eventEvidence = events.flatMap((row) => (row.kind === 'event' ? [{ event: row.fact, source: timelineSource(row) }] : []));
  const wantsInstruments = !filter.type || filter.type === 'instrument';
  const instrumentRows = wantsInstruments ? await store.listEvidence({ kind: 'instrument' }) : [];
  const sources = new Map(instrumentRows.map((row) => [row.id, timelineSource(row)]));
  const instruments = wantsInstruments ? instrumentEntries(await readInstruments(store), (fact) => sources.get(fact)) : [];
  return timeline(curateTimeline([...eventEntries(eventEvidence), ...instruments], curation), filter);
}
