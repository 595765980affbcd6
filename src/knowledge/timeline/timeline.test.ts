import { describe, expect, it } from 'vitest';
import type { EventFact } from '../../core/index.js';
import { datesAgree, eventEntries, isPlanned, sameEvent, timeline, type EventEvidence } from './index.js';

const source = (document: string, published: string, quote = 'q', pair = 'AZ-RU') => ({
  fact: `f-${document}`, document, file: `${document}.txt`, outlet: null, published, story: `s-${document}`, pair,
  quote, span: null,
});
const meeting = (overrides: Partial<EventFact> = {}): EventEvidence['event'] => ({
  type: 'meeting', title: '22nd meeting of the Intergovernmental Commission', date: '2024-06-28', place: 'Baku',
  participants: [], ordinal: 22, ...overrides,
});

describe('timeline', () => {
  it('compares dates at the coarser precision', () => {
    expect(datesAgree('2024-06', '2024-06-28')).toBe(true);
    expect(datesAgree('2024-06', '2024-07-01')).toBe(false);
  });

  it('reads an event dated after its publication, flagged planned or worded as future as planned', () => {
    expect(isPlanned(meeting(), source('a', '2024-06-01'))).toBe(true);
    expect(isPlanned(meeting({ date: null }), source('a', '2024-06-01', 'The commission will be held in Baku.'))).toBe(true);
    expect(isPlanned(meeting(), source('a', '2024-06-29'))).toBe(false);
  });

  it('merges reports of one meeting from several documents, counting a copy of one story once', () => {
    const copy = { ...source('b', '2024-06-29'), story: 's-a' };
    const [entry, ...others] = eventEntries([
      { event: meeting(), source: source('a', '2024-06-29') },
      { event: meeting({ title: 'XXII заседание Межправкомиссии', date: '2024-06', place: 'Баку' }), source: copy },
      { event: meeting({ date: '2024-06-28', title: 'Meeting of the commission', ordinal: undefined }), source: source('c', '2024-07-01') },
    ]);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ date: '2024-06-28', status: 'happened', stories: 2 });
    expect(entry.sources).toHaveLength(3);
  });

  it('keeps an announcement apart and links it to the meeting once it is held', () => {
    const entries = eventEntries([
      { event: meeting(), source: source('plan', '2024-05-20', 'The 22nd meeting will be held in Baku on June 28.') },
      { event: meeting(), source: source('held', '2024-06-28') },
    ]);
    const planned = entries.find((entry) => entry.status === 'planned')!;
    const happened = entries.find((entry) => entry.status === 'happened')!;
    expect(planned.fulfilledBy).toBe(happened.id);
    expect(happened.announcedBy).toEqual([planned.id]);
  });

  it('keeps meetings of other ordinals, types or dates apart, and orders and filters by date, type and pair', () => {
    const entries = eventEntries([
      { event: meeting(), source: source('a', '2024-06-29') },
      { event: meeting({ ordinal: 21, date: '2023-06-01' }), source: source('b', '2023-06-02') },
      { event: meeting({ type: 'visit', title: 'Visit to Baku' }), source: source('c', '2024-06-29', 'q', 'AZ-UZ') },
    ]);
    expect(entries).toHaveLength(3);
    expect(timeline(entries).map((entry) => entry.date)).toEqual(['2023-06-01', '2024-06-28', '2024-06-28']);
    expect(timeline(entries, { from: '2024-01-01', type: 'meeting', pair: 'RU-AZ' }).map((entry) => entry.ordinal)).toEqual([22]);
  });

  it('groups many reports as comparing each with every report of every earlier group would', () => {
    // Reports at year, month and day precision, of two types, some announced, with places, ordinals and titles
    // that make some of them one event and keep others apart.
    const titles = ['Meeting of the Intergovernmental Commission', 'Intergovernmental commission meeting', 'Business forum in Baku', 'Visit of the minister'];
    const dates = ['2023', '2023-06', '2023-06-28', '2023-06-29', '2023-07', '2024-06-28', null];
    const evidence: EventEvidence[] = [];
    for (let i = 0; i < 400; i++) {
      const event = meeting({
        type: i % 5 === 0 ? 'forum' : 'meeting', title: titles[(i * 7) % titles.length], date: dates[(i * 3) % dates.length],
        place: [null, 'Baku', 'Moscow'][(i * 5) % 3], ordinal: i % 4 === 0 ? 20 + (i % 3) : undefined,
      });
      evidence.push({ event, source: source(`d${i}`, i % 6 === 0 ? '2023-01-01' : '2025-01-01') });
    }
    // The definition: the first group, in the order groups were made, holding a report that is the same event.
    const groups: Array<{ planned: boolean; items: EventEvidence[] }> = [];
    for (const item of evidence) {
      const planned = isPlanned(item.event, item.source);
      const group = groups.find((candidate) => candidate.planned === planned && candidate.items.some((member) => sameEvent(member.event, item.event)));
      if (group) group.items.push(item);
      else groups.push({ planned, items: [item] });
    }
    const entries = eventEntries(evidence);
    expect(entries.map((entry) => entry.sources.map((s) => s.document))).toEqual(groups.map((group) => group.items.map((item) => item.source.document)));
    const fulfilled = groups.map((group) => !group.planned ? null : groups.findIndex((other) => !other.planned
      && other.items.some((member) => group.items.some((item) => sameEvent(member.event, item.event)))));
    expect(entries.map((entry) => entry.fulfilledBy)).toEqual(fulfilled.map((index) => (index === null || index < 0 ? null : entries[index].id)));
    expect(entries.filter((entry) => entry.fulfilledBy).length).toBeGreaterThan(0);
  });
});
