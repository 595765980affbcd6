// The listing routes page over the read models in SQL and answer exactly what the in-memory reconciliation of
// every stored fact gives, filtered, ordered and sliced; a change is seen on the next read, and reads that
// come together while a model is stale wait for one rebuild.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import type { Figure } from '../knowledge/figures/index.js';
import { listReviewQueue, readCuration } from '../pipeline/curation.js';
import { ingestPaths } from '../pipeline/ingest-documents.js';
import { readInstruments, readPeople } from '../pipeline/read-entities.js';
import { readFigures } from '../pipeline/read-figures.js';
import { listed, listedEntry } from '../pipeline/read-model-rows.js';
import { readTimeline, type TimelineFilter } from '../pipeline/read-timeline.js';
import { linkEvidence, parsePlan } from '../plans/index.js';
import type { ReadModelName, Store } from '../store/index.js';
import { createApi } from './app.js';
import { pageOf, type ReviewItem } from './read-models.js';

const listedTimeline = async (store: Store, filter?: TimelineFilter) => (await readTimeline(store, filter)).map(listedEntry);

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLES = join(ROOT, 'examples/documents');
const CORPUS = join(ROOT, '../shared/corpus/dev');
const PLAN = join(ROOT, 'examples/plans/ru-az-action-plan-2024.yaml');
const RIVAL = 'Trade turnover between Russia and Azerbaijan amounted to $3.1 billion in 2023, customs said.';

/** What the routes answered before the read models: every stored fact reconciled in memory, then filtered and sorted. */
const inMemory = {
  async conflicts(store: Store, filter: { indicator?: string; pair?: string } = {}): Promise<Figure[]> {
    const figures = await readFigures(store, filter.indicator);
    return figures.filter((figure) => figure.conflict !== null && (!filter.pair || figure.pair === filter.pair))
      .sort((a, b) => (b.period?.end ?? '').localeCompare(a.period?.end ?? '') || a.key.localeCompare(b.key));
  },
  async series(store: Store, indicator: string, filter: { pair?: string; unit?: string } = {}) {
    const end = (figure: Figure) => figure.period?.end ?? `${figure.sources[0]?.published?.slice(0, 4) ?? '0000'}-12-31`;
    const figures = (await readFigures(store, indicator)).filter((figure) => figure.indicator === indicator
      && (!filter.pair || figure.pair === filter.pair) && (!filter.unit || figure.unit === filter.unit))
      .sort((a, b) => end(a).localeCompare(end(b)) || (a.period?.start ?? '').localeCompare(b.period?.start ?? ''));
    return { figures, units: [...new Set(figures.map((figure) => figure.unit))] };
  },
  async people(store: Store, filter: { name?: string; country?: string } = {}) {
    const wanted = filter.name?.toLowerCase();
    return (await readPeople(store)).filter((person) =>
      (!wanted || [person.name, ...person.aliases].some((spelling) => spelling.toLowerCase().includes(wanted)))
      && (!filter.country || person.countries.some((code) => code.split('-')[0] === filter.country))).map(listed);
  },
  async instruments(store: Store, filter: { type?: string; party?: string; year?: number } = {}) {
    return (await readInstruments(store)).filter((instrument) =>
      (!filter.type || instrument.type === filter.type)
      && (!filter.party || instrument.parties.some((code) => code.split('-')[0] === filter.party))
      && (!filter.year || instrument.signedOn?.startsWith(String(filter.year)))).map(listed);
  },
  async review(store: Store, kind?: ReviewItem['kind']): Promise<ReviewItem[]> {
    const items: ReviewItem[] = [];
    const curation = await readCuration(store);
    if (!kind || kind === 'conflict') {
      for (const figure of await inMemory.conflicts(store)) {
        if (!curation.isReviewed(figure.key)) items.push({ kind: 'conflict', id: figure.key, figure });
      }
    }
    if (!kind || kind === 'fact') {
      for (const item of await listReviewQueue(store)) {
        if (item.kind === 'fact') items.push({ kind: 'fact', id: item.target, summary: item.summary, reasons: item.reasons, sources: item.sources });
      }
    }
    if (!kind || kind === 'link') {
      for (const plan of await store.plans.list()) {
        for (const link of await store.plans.links(plan.id)) {
          if (!link.review) items.push({ kind: 'link', id: link.id, planId: plan.id, planTitle: plan.title, link });
        }
      }
    }
    return items;
  },
};

/** The pages tried for every listing: the first, the second, one past the end, and all. */
const PAGES = [{ limit: 3, offset: 0 }, { limit: 3, offset: 3 }, { limit: 5, offset: 1000 }, { limit: 200, offset: 0 }];

/** A listing route with a query, and the full in-memory answer for it. */
type Case = [path: string, query: Record<string, string>, expected: (store: Store) => Promise<unknown[]>];

const CASES: Case[] = [
  ['/api/conflicts', {}, (store) => inMemory.conflicts(store)],
  ['/api/conflicts', { indicator: 'trade_turnover' }, (store) => inMemory.conflicts(store, { indicator: 'trade_turnover' })],
  ['/api/conflicts', { pair: 'RU-AZ' }, (store) => inMemory.conflicts(store, { pair: 'AZ-RU' })],
  ['/api/people', {}, (store) => inMemory.people(store)],
  ['/api/people', { name: 'ov' }, (store) => inMemory.people(store, { name: 'ov' })],
  ['/api/people', { name: 'ОВЕР' }, (store) => inMemory.people(store, { name: 'ОВЕР' })],
  ['/api/people', { country: 'az' }, (store) => inMemory.people(store, { country: 'AZ' })],
  ['/api/instruments', {}, (store) => inMemory.instruments(store)],
  ['/api/instruments', { party: 'RU' }, (store) => inMemory.instruments(store, { party: 'RU' })],
  ['/api/instruments', { type: 'roadmap' }, (store) => inMemory.instruments(store, { type: 'roadmap' })],
  ['/api/instruments', { year: '2022' }, (store) => inMemory.instruments(store, { year: 2022 })],
  ['/api/timeline', {}, (store) => listedTimeline(store)],
  ['/api/timeline', { type: 'meeting' }, (store) => listedTimeline(store, { type: 'meeting' })],
  ['/api/timeline', { type: 'instrument', pair: 'RU-AZ' }, (store) => listedTimeline(store, { type: 'instrument', pair: 'AZ-RU' })],
  ['/api/timeline', { from: '2019-06-15', to: '2024-03-01' }, (store) => listedTimeline(store, { from: '2019-06-15', to: '2024-03-01' })],
  ['/api/review/queue', {}, (store) => inMemory.review(store)],
  ['/api/review/queue', { kind: 'conflict' }, (store) => inMemory.review(store, 'conflict')],
  ['/api/review/queue', { kind: 'fact' }, (store) => inMemory.review(store, 'fact')],
  ['/api/review/queue', { kind: 'link' }, (store) => inMemory.review(store, 'link')],
];

/** JSON as it goes over the wire, so that absent and undefined fields compare alike. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const url = (path: string, query: Record<string, string | number>) =>
  `${path}?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))}`;

/** The store, with the models it rebuilds counted. */
function countingRebuilds(store: Store): { store: Store; rebuilt: ReadModelName[] } {
  const rebuilt: ReadModelName[] = [];
  const readModels = {
    ...store.readModels,
    replace: (async (name, rows, snapshot) => {
      rebuilt.push(name);
      await store.readModels.replace(name, rows, snapshot);
    }) as Store['readModels']['replace'],
  };
  return { store: { ...store, readModels }, rebuilt };
}

describe.each(engines)('listings over the read models (%s)', (engine) => {
  const db = useTestStore(engine);
  let dataDir: string;
  const api = (store = db().store) => createApi({ store, dataDir });
  const get = async (path: string, query: Record<string, string | number> = {}, store?: Store) => {
    const response = await api(store).request(url(path, query));
    expect(response.status, path).toBe(200);
    return response.json();
  };

  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'concord-read-models-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  /** The example documents and the development corpus, a rival figure, and the example plan linked to them. */
  async function seed(): Promise<void> {
    await ingestPaths(db().store, [EXAMPLES, CORPUS]);
    await storeText(RIVAL, '2024-02-12');
    const plan = parsePlan(await readFile(PLAN, 'utf8'), 'plan.yaml');
    await db().store.plans.save(plan, 'plan.yaml');
    const { facts, documentTexts } = await db().store.plans.linkableFacts();
    await db().store.plans.replaceLinks(plan.id, linkEvidence(plan, facts, { documentTexts }));
  }

  async function storeText(text: string, published: string, value = 3.1e9): Promise<void> {
    await db().store.saveDocument(sourceDocument(text, { published, file: `${published}.txt` }), emptyExtraction({
      measurements: [{ indicator: 'trade_turnover', value, unit: 'USD', qualifier: 'exact', period: { start: '2023-01-01', end: '2023-12-31' }, ...cite(text, text) }],
    }));
  }

  it('answers every listing as the in-memory reconciliation, filtered, ordered, counted and sliced', async () => {
    await seed();
    for (const [path, query, expected] of CASES) {
      const all = wire(await expected(db().store));
      expect(all.length, `${path} ${JSON.stringify(query)} has items to compare`).toBeGreaterThan(0);
      for (const page of PAGES) {
        expect(await get(path, { ...query, ...page }), `${path} ${JSON.stringify({ ...query, ...page })}`).toEqual(pageOf(all, page));
      }
    }
  });

  it('answers an indicator series as the in-memory reconciliation, with the units of all its pages', async () => {
    await seed();
    // The route takes a pair in either order and compares it sorted.
    const queries: Array<[query: Record<string, string>, filter: { pair?: string; unit?: string }]> = [
      [{}, {}], [{ pair: 'RU-AZ' }, { pair: 'AZ-RU' }], [{ pair: 'AZ-RU', unit: 'USD' }, { pair: 'AZ-RU', unit: 'USD' }], [{ pair: 'UZ-RU' }, { pair: 'RU-UZ' }],
    ];
    for (const [query, filter] of queries) {
      const { figures, units } = await inMemory.series(db().store, 'trade_turnover', filter);
      expect(figures.length).toBeGreaterThan(0);
      for (const page of [{ limit: 2, offset: 0 }, { limit: 2, offset: 2 }, { limit: 500, offset: 0 }]) {
        expect(await get('/api/indicators/trade_turnover', { ...query, ...page }))
          .toEqual({ indicator: 'trade_turnover', pair: filter.pair ?? null, units, ...pageOf(wire(figures), page) });
      }
    }
  });

  it('answers one person and one instrument by id, the instrument with the plan measures its facts are linked to', async () => {
    await seed();
    const [someone] = await readPeople(db().store);
    expect(await get(`/api/people/${someone.id}`)).toEqual(wire(someone));
    const measuresOf = async (factIds: Set<string>) => {
      const measures = [];
      for (const plan of await db().store.plans.list()) {
        for (const link of await db().store.plans.links(plan.id)) {
          if (factIds.has(link.factId)) {
            measures.push({ planId: plan.id, planTitle: plan.title, measureId: link.measureId, linkId: link.id, factId: link.factId, verdict: link.review?.verdict ?? null });
          }
        }
      }
      return measures;
    };
    const instruments = await readInstruments(db().store);
    const withMeasures = await Promise.all(instruments.map(async (instrument) =>
      ({ instrument, measures: await measuresOf(new Set(instrument.sources.map((source) => source.fact))) })));
    const linked = withMeasures.find((candidate) => candidate.measures.length > 0)!;
    expect(await get(`/api/instruments/${linked.instrument.id}`)).toEqual(wire({ ...linked.instrument, measures: linked.measures }));
    expect((await api().request('/api/people/person_0000000000000000')).status).toBe(404);
    expect((await api().request('/api/instruments/instrument_0000000000000000')).status).toBe(404);
  });

  it('filters an empty store to empty pages', async () => {
    expect(await get('/api/people', { name: 'x', limit: 5 })).toEqual({ items: [], total: 0, limit: 5, offset: 0 });
    expect(await get('/api/indicators/exports')).toEqual({ indicator: 'exports', pair: null, units: [], items: [], total: 0, limit: 200, offset: 0 });
  });

  it('sees a new document on the next read', async () => {
    await storeText(RIVAL, '2024-02-12');
    expect((await get('/api/conflicts')).total).toBe(0);
    const other = 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023.';
    await storeText(other, '2024-03-05', 4.4e9);
    const conflicts = await get('/api/conflicts');
    expect(conflicts.total).toBe(1);
    expect(conflicts.items[0].values.map((value: { value: number }) => value.value).sort()).toEqual([3.1e9, 4.4e9]);
    expect((await get('/api/review/queue', { kind: 'conflict' })).total).toBe(1);
  });

  it('sees a curator\'s decision on the next read', async () => {
    await seed();
    const editor = { Authorization: `Bearer ${(await db().store.access.createToken('desk', 'editor')).token}`, 'Content-Type': 'application/json' };
    const decide = (body: object) => api().request('/api/review', { method: 'POST', headers: editor, body: JSON.stringify({ reason: 'checked', ...body }) });
    const [conflict] = (await get('/api/review/queue', { kind: 'conflict' })).items;
    const people = await get('/api/people', { limit: 200 });
    expect((await decide({ target: 'figure', id: conflict.id, verdict: 'confirmed' })).status).toBe(201);
    expect((await get('/api/review/queue', { kind: 'conflict', limit: 200 })).items.map((item: ReviewItem) => item.id)).not.toContain(conflict.id);
    expect((await decide({ target: 'person', id: people.items[0].id, verdict: 'rejected' })).status).toBe(201);
    const after = await get('/api/people', { limit: 200 });
    expect(after.total).toBe(people.total - 1);
    expect(after.items.map((person: { id: string }) => person.id)).not.toContain(people.items[0].id);
    expect((await api().request(`/api/people/${people.items[0].id}`)).status).toBe(404);
  });

  it('rebuilds a stale model once for reads that come together, and not again until something changes', async () => {
    await storeText(RIVAL, '2024-02-12');
    const { store, rebuilt } = countingRebuilds(db().store);
    const indicators = ['trade_turnover', 'exports', 'imports', 'investment', 'tourist_trips'];
    await Promise.all([get('/api/conflicts', {}, store), ...indicators.map((name) => get(`/api/indicators/${name}`, { pair: 'AZ-RU' }, store))]);
    expect(rebuilt).toEqual(['figures']);
    await get('/api/conflicts', {}, store);
    await get('/api/indicators/trade_turnover', {}, store);
    expect(rebuilt).toEqual(['figures']);
    await storeText('Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023.', '2024-03-05', 4.4e9);
    await get('/api/indicators/trade_turnover', {}, store);
    expect(rebuilt).toEqual(['figures', 'figures']);
  });
});
