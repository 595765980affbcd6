import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';

const BAKU = 'In January-November 2022 Russia exported goods worth $2.1 billion to Azerbaijan. ' +
  'The road map signed in September 2018 runs until 2024. ' +
  'The 22nd meeting of the Intergovernmental Commission was held in Baku on June 28, 2024. ' +
  'Shahin Mustafayev, Deputy Prime Minister of Azerbaijan, chaired it. ' +
  'Over 150 agreements form the legal base.';

const MOSCOW = 'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021.';

const bakuFacts = emptyExtraction({
  measurements: [
    { indicator: 'exports', value: 2_100_000_000, unit: 'USD', qualifier: 'exact', from: 'RU', to: 'AZ',
      period: { start: '2022-01-01', end: '2022-11-30' },
      ...cite(BAKU, 'In January-November 2022 Russia exported goods worth $2.1 billion to Azerbaijan.') },
    { indicator: 'agreements_count', value: 150, unit: 'count', qualifier: 'more_than', period: null,
      ...cite(BAKU, 'Over 150 agreements form the legal base.') },
  ],
  instruments: [
    { type: 'roadmap', title: 'road map', signed_on: '2018-09', place: null, parties: ['RU-AST', 'AZ'], valid_until: '2024-12-31',
      ...cite(BAKU, 'The road map signed in September 2018 runs until 2024.') },
  ],
  events: [
    { type: 'meeting', title: '22nd meeting of the Intergovernmental Commission', date: '2024-06-28', place: 'Baku',
      participants: [], ...cite(BAKU, 'The 22nd meeting of the Intergovernmental Commission was held in Baku on June 28, 2024.') },
  ],
  people: [
    { name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', country: 'AZ',
      ...cite(BAKU, 'Shahin Mustafayev, Deputy Prime Minister of Azerbaijan, chaired it.') },
  ],
});

const moscowFacts = emptyExtraction({
  measurements: [
    { indicator: 'trade_turnover', value: 2_900_000_000, unit: 'USD', qualifier: 'exact',
      period: { start: '2021-01-01', end: '2021-12-31' }, ...cite(MOSCOW, MOSCOW) },
  ],
});

describe.each(engines)('facts on %s', (engine) => {
  const db = useTestStore(engine);
  let bakuId: string;

  beforeEach(async () => {
    bakuId = (await db().store.saveDocument(sourceDocument(BAKU, { file: 'baku.txt', outlet: 'APA', published: '2024-06-28' }), bakuFacts)).id;
    await db().store.saveDocument(sourceDocument(MOSCOW, { file: 'moscow.txt', published: '2022-01-20' }), moscowFacts);
  });

  const titles = (rows: { fact: object }[]) => rows.map((row) => {
    const fact = row.fact as { indicator?: string; title?: string; name?: string };
    return fact.indicator ?? fact.title ?? fact.name;
  });

  it('lists newest documents first and each document in the order of its text', async () => {
    const page = await db().store.listFacts();
    expect(titles(page.items)).toEqual(['exports', 'road map', '22nd meeting of the Intergovernmental Commission',
      'Shahin Mustafayev', 'agreements_count', 'trade_turnover']);
    expect(page.total).toBe(6);
  });

  it('gives each row its document, quote and span', async () => {
    const [row] = (await db().store.listFacts({ document: 'moscow.txt' })).items;
    expect(row).toMatchObject({ file: 'moscow.txt', outlet: null, published: '2022-01-20', kind: 'measurement',
      quote: MOSCOW, span: [0, MOSCOW.length] });
  });

  it('filters by kind', async () => {
    expect(titles((await db().store.listFacts({ kind: 'event' })).items)).toEqual(['22nd meeting of the Intergovernmental Commission']);
  });

  it('refuses an unknown kind', async () => {
    await expect(db().store.listFacts({ kind: 'rumour' as never })).rejects.toThrow(StoreError);
  });

  it('filters by indicator', async () => {
    expect(titles((await db().store.listFacts({ indicator: 'trade_turnover' })).items)).toEqual(['trade_turnover']);
  });

  it('filters by a year that a measurement period overlaps', async () => {
    expect(titles((await db().store.listFacts({ period: '2022' })).items)).toEqual(['exports']);
  });

  it('filters by a range, leaving out periods that end before it', async () => {
    expect(titles((await db().store.listFacts({ period: '2021-12-01..2022-01-31' })).items)).toEqual(['exports', 'trade_turnover']);
    expect(titles((await db().store.listFacts({ period: '2022-12-01..2023-12-31' })).items)).toEqual([]);
  });

  it('matches an instrument by the month it was signed and an event by its day', async () => {
    expect(titles((await db().store.listFacts({ period: '2018-09-30' })).items)).toEqual(['road map']);
    expect(titles((await db().store.listFacts({ period: '2024-06' })).items)).toEqual(['22nd meeting of the Intergovernmental Commission']);
  });

  it('refuses a malformed period', async () => {
    await expect(db().store.listFacts({ period: '2021-13' })).rejects.toThrow(/period "2021-13"/);
  });

  it('filters by party: flow ends, instrument parties and a person\'s country', async () => {
    expect(titles((await db().store.listFacts({ party: 'AZ' })).items)).toEqual(['exports', 'road map', 'Shahin Mustafayev']);
  });

  it('counts a subdivision as a party for its country', async () => {
    expect(titles((await db().store.listFacts({ party: 'RU' })).items)).toEqual(['exports', 'road map']);
    expect(titles((await db().store.listFacts({ party: 'RU-AST' })).items)).toEqual(['road map']);
  });

  it('filters by document id or file name', async () => {
    expect((await db().store.listFacts({ document: bakuId })).total).toBe(5);
    expect((await db().store.listFacts({ document: 'baku.txt' })).total).toBe(5);
  });

  it('combines filters and pages', async () => {
    const page = await db().store.listFacts({ document: 'baku.txt', kind: 'measurement', limit: 1, offset: 1 });
    expect(titles(page.items)).toEqual(['agreements_count']);
    expect(page.total).toBe(2);
  });

  it('treats hostile filter values as plain values', async () => {
    const hostile = "'; drop table documents; --";
    expect((await db().store.listFacts({ indicator: hostile, party: hostile, document: hostile })).total).toBe(0);
    expect((await db().store.stats()).documents).toBe(2);
  });
});
