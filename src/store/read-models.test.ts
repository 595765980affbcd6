// The read models repository: rows written whole and paged back with their filters and counts, and a model
// known to be stale as soon as (and only once) a change to what it is built from has committed.
import { describe, expect, it } from 'vitest';
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import type { Figure } from '../knowledge/figures/index.js';
import type { TimelineEntry } from '../knowledge/timeline/index.js';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { openDatabase } from './open.js';
import type { FigureRow, PersonRow, TimelineRow } from './read-models.js';

/** Items reduced to what the tests tell apart; the repository stores and returns them whole. */
const figure = (key: string, extra: Partial<Figure> = {}) => ({ key, indicator: 'trade_turnover', unit: 'USD', pair: 'AZ-RU', ...extra }) as Figure;
const person = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases }) as unknown as PersonEntity;
const entry = (id: string, date: string | null) => ({ id, date }) as unknown as TimelineEntry;

const FIGURES: FigureRow[] = [
  { key: 'a', indicator: 'trade_turnover', pair: 'AZ-RU', unit: 'USD', seriesPosition: 0, conflictPosition: 1, data: figure('a') },
  { key: 'b', indicator: 'trade_turnover', pair: 'AZ-RU', unit: 'percent', seriesPosition: 1, conflictPosition: null, data: figure('b', { unit: 'percent' }) },
  { key: 'c', indicator: 'trade_turnover', pair: 'RU-UZ', unit: 'USD', seriesPosition: 2, conflictPosition: 0, data: figure('c', { pair: 'RU-UZ' }) },
  { key: 'd', indicator: 'exports', pair: 'AZ-RU', unit: 'USD', seriesPosition: 3, conflictPosition: null, data: figure('d', { indicator: 'exports' }) },
  { key: 'e', indicator: 'trade_turnover', pair: 'AZ-RU', unit: 'USD', seriesPosition: 4, conflictPosition: null, data: figure('e') },
];

const PEOPLE: PersonRow[] = [
  { position: 0, id: 'person_1', names: ['alexei overchuk', 'алексей оверчук'], countries: ['RU'], data: person('person_1', 'Alexei Overchuk', ['Алексей Оверчук']), listed: { ...person('person_1', 'Alexei Overchuk', ['Алексей Оверчук']), sourceCount: 0 } },
  { position: 1, id: 'person_2', names: ['shahin mustafayev'], countries: ['AZ'], data: person('person_2', 'Shahin Mustafayev'), listed: { ...person('person_2', 'Shahin Mustafayev'), sourceCount: 0 } },
  { position: 2, id: 'person_3', names: ['100% owner_x'], countries: [], data: person('person_3', '100% Owner_X'), listed: { ...person('person_3', '100% Owner_X'), sourceCount: 0 } },
];

const TIMELINE: TimelineRow[] = [
  { position: 0, id: 'event_a', type: 'meeting', pairs: ['AZ-RU'], parties: ['AZ', 'RU'], areas: ['energy'], date: '2023', data: entry('event_a', '2023') },
  { position: 1, id: 'event_b', type: 'meeting', pairs: ['AZ-RU'], parties: ['AZ', 'RU'], areas: ['trade', 'energy'], date: '2024-06', data: entry('event_b', '2024-06') },
  { position: 2, id: 'event_c', type: 'visit', pairs: ['RU-UZ'], parties: ['RU', 'UZ'], areas: ['trade'], date: '2024-06-28', data: entry('event_c', '2024-06-28') },
  { position: 3, id: 'instrument_d', type: 'instrument', pairs: ['AZ-RU'], parties: ['AZ', 'RU'], areas: [], date: null, data: entry('instrument_d', null) },
];

const keys = (page: { items: Array<{ key?: string; id?: string }> }) => page.items.map((item) => item.key ?? item.id);

describe.each(engines)('read models repository on %s', (engine) => {
  const db = useTestStore(engine);
  const models = () => db().store.readModels;

  async function write(): Promise<void> {
    const snapshot = await models().snapshot();
    await models().replace('figures', FIGURES, snapshot);
    await models().replace('people', PEOPLE, snapshot);
    await models().replace('timeline', TIMELINE, snapshot);
  }

  it('pages an indicator series in series order, with the total and the units in order of first appearance', async () => {
    await write();
    expect(await models().indicatorSeries('trade_turnover', {}, { limit: 2, offset: 1 }))
      .toMatchObject({ total: 4, limit: 2, offset: 1, units: ['USD', 'percent'] });
    expect(keys(await models().indicatorSeries('trade_turnover', {}, { limit: 2, offset: 1 }))).toEqual(['b', 'c']);
    expect(keys(await models().indicatorSeries('trade_turnover', { pair: 'AZ-RU', unit: 'USD' }))).toEqual(['a', 'e']);
    // The newest figures, still oldest first: a page counted back from the end of the series.
    expect(keys(await models().indicatorSeries('trade_turnover', { pair: 'AZ-RU' }, { limit: 2, latest: true }))).toEqual(['b', 'e']);
    expect(keys(await models().indicatorSeries('trade_turnover', { pair: 'AZ-RU' }, { limit: 2, offset: 1, latest: true }))).toEqual(['a', 'b']);
    expect(keys(await models().indicatorSeries('trade_turnover', { pair: 'AZ-RU' }, { limit: 9, latest: true }))).toEqual(['a', 'b', 'e']);
    expect(await models().indicatorSeries('investment', {}, { limit: 5 })).toEqual({ units: [], items: [], total: 0, limit: 5, offset: 0 });
  });

  it('pages conflicts in their own order, filtered by indicator and pair', async () => {
    await write();
    expect(keys(await models().conflicts({}))).toEqual(['c', 'a']);
    expect(keys(await models().conflicts({ pair: 'AZ-RU' }))).toEqual(['a']);
    expect((await models().conflicts({ indicator: 'exports' })).total).toBe(0);
  });

  it('counts all matches even past the last page', async () => {
    await write();
    expect(await models().conflicts({}, { limit: 10, offset: 10 })).toEqual({ items: [], total: 2, limit: 10, offset: 10 });
  });

  it('finds people by any spelling in any case, literally, and by country', async () => {
    await write();
    expect(keys(await models().people({ name: 'ОВЕРЧ' }))).toEqual(['person_1']);
    expect((await models().people({ name: 'overchuk' })).items).toEqual([PEOPLE[0].listed]);
    const byName = await models().people({ sort: 'name' }, { limit: 2 });
    expect(keys(byName)).toEqual(['person_3', 'person_1']);
    expect(byName.total).toBe(3);
    expect(keys(await models().people({ sort: 'name' }, { limit: 2, offset: 2 }))).toEqual(['person_2']);
    expect(keys(await models().people({ name: '100%' }))).toEqual(['person_3']);
    expect(keys(await models().people({ name: '1%' }))).toEqual([]);
    expect(keys(await models().people({ name: 'a', country: 'AZ' }))).toEqual(['person_2']);
    expect(await models().person('person_2')).toEqual(PEOPLE[1].data);
    expect(await models().person('person_9')).toBeNull();
  });

  it('filters instruments by type, party and year', async () => {
    const instrument = (id: string, type: string) => ({ id, type }) as unknown as InstrumentEntity;
    await models().replace('instruments', [
      { position: 0, id: 'instrument_1', type: 'roadmap', parties: ['AZ', 'RU'], signedYear: 2018, data: instrument('instrument_1', 'roadmap'), listed: { ...instrument('instrument_1', 'roadmap'), sourceCount: 0 } },
      { position: 1, id: 'instrument_2', type: 'agreement', parties: ['RU', 'UZ'], signedYear: null, data: instrument('instrument_2', 'agreement'), listed: { ...instrument('instrument_2', 'agreement'), sourceCount: 0 } },
    ], await models().snapshot());
    expect(keys(await models().instruments({ party: 'RU' }))).toEqual(['instrument_1', 'instrument_2']);
    expect(keys(await models().instruments({ party: 'AZ', type: 'roadmap', year: 2018 }))).toEqual(['instrument_1']);
    expect(keys(await models().instruments({ year: 2019 }))).toEqual([]);
    expect(await models().instrument('instrument_2')).toEqual({ id: 'instrument_2', type: 'agreement' });
  });

  it('filters the timeline by type and pair, and by dates at each entry\'s own precision', async () => {
    await write();
    expect(keys(await models().timeline({ type: 'meeting', pair: 'RU-AZ' }))).toEqual(['event_a', 'event_b']);
    expect(keys(await models().timeline({ from: '2024-06-15' }))).toEqual(['event_b', 'event_c']);
    expect(keys(await models().timeline({ to: '2023-12-31' }))).toEqual(['event_a']);
    expect(keys(await models().timeline({ from: '2024-06-29', to: '2024-07-01' }))).toEqual(['event_b']);
  });

  it('filters the timeline by area of cooperation and by one country', async () => {
    await write();
    expect(keys(await models().timeline({ area: 'trade' }))).toEqual(['event_b', 'event_c']);
    expect(keys(await models().timeline({ area: 'energy', type: 'meeting' }))).toEqual(['event_a', 'event_b']);
    expect(keys(await models().timeline({ party: 'uz' }))).toEqual(['event_c']);
    expect(keys(await models().timeline({ party: 'AZ', area: 'trade' }))).toEqual(['event_b']);
  });

  it('gives items back exactly as they were written, keys in their order', async () => {
    const data = { key: 'z', value: 4.4e9, period: null, sources: [{ quote: 'a "quoted" ⟦word⟧', span: [0, 3] }], corroboration: 1 } as unknown as Figure;
    await models().replace('figures', [{ ...FIGURES[0], data }], await models().snapshot());
    const [item] = (await models().indicatorSeries('trade_turnover', {})).items;
    expect(JSON.stringify(item)).toBe(JSON.stringify(data));
  });

  it('replaces a model whole', async () => {
    await write();
    await models().replace('figures', FIGURES.slice(3), await models().snapshot());
    expect(keys(await models().indicatorSeries('trade_turnover', {}))).toEqual(['e']);
  });

  it('is stale until built, fresh after, and stale again once a document is stored', async () => {
    expect(await models().state('figures')).toMatchObject({ built: false, stale: true });
    await write();
    expect(await models().state('figures')).toMatchObject({ built: true, stale: false, items: 5 });
    await db().store.saveDocument(sourceDocument('A new text.'), emptyExtraction());
    expect(await models().state('figures')).toMatchObject({ built: true, stale: true });
  });

  it('is stale after a curator\'s decision or a plan link review, and not after unrelated writes', async () => {
    await write();
    await db().store.access.recordAudit({ tokenId: null, actor: 'x', action: 'test' });
    await db().store.access.createToken('reader', 'viewer');
    expect((await models().state('people')).stale).toBe(false);
    await db().store.curation.record({ action: 'confirm', targets: ['trade_turnover|x'], why: 'checked', by: 'ana' });
    expect((await models().state('people')).stale).toBe(true);
  });

  it('stays stale when a change commits between its snapshot and its rows being written', async () => {
    const snapshot = await models().snapshot();
    await db().store.saveDocument(sourceDocument('Stored while the model was being read.'), emptyExtraction());
    await models().replace('people', PEOPLE, snapshot);
    expect((await models().state('people')).stale).toBe(true);
    await models().replace('people', PEOPLE, await models().snapshot());
    expect((await models().state('people')).stale).toBe(false);
  });

  it.runIf(engine === 'postgres')('counts a write still in flight only once it commits', async () => {
    const writer = await openDatabase(db().openOptions);
    const client = await writer.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`INSERT INTO curation_decisions (action, targets, why, decided_by) VALUES ('confirm', '{x}', 'w', 'ana')`);
      // Built while the write is uncommitted: it cannot see the write, and is fresh until the write commits.
      await models().replace('people', PEOPLE, await models().snapshot());
      expect((await models().state('people')).stale).toBe(false);
      await client.query('COMMIT');
      expect((await models().state('people')).stale).toBe(true);
    } finally {
      client.release();
      await writer.close();
    }
  });

  it('forgets changes every model has seen', async () => {
    await db().store.saveDocument(sourceDocument('One.'), emptyExtraction());
    await write();
    const { rows } = await db().database.pool.query<{ n: number }>('SELECT count(*)::integer AS n FROM knowledge_changes');
    expect(rows[0].n).toBe(0);
  });
});
