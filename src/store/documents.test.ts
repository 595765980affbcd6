import { describe, expect, it } from 'vitest';
import { StoreError } from '../core/errors.js';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';

const TEXT = 'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021. ' +
  'Alexei Overchuk, Deputy Prime Minister of Russia, met Shahin Mustafayev in Baku.';

function tradeExtraction() {
  return emptyExtraction({
    measurements: [{
      indicator: 'trade_turnover', value: 2_900_000_000, unit: 'USD', qualifier: 'exact',
      period: { start: '2021-01-01', end: '2021-12-31' },
      ...cite(TEXT, 'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021.'),
    }],
    people: [{ name: 'Alexei Overchuk', role: 'Deputy Prime Minister', country: 'RU' }],
    mentions: [{ kind: 'money', value: 2_900_000_000, unit: 'USD', span: [53, 65], text: '$2.9 billion' }],
  });
}

describe.each(engines)('documents on %s', (engine) => {
  const db = useTestStore(engine);

  it('saves a new document with its facts and mentions', async () => {
    const saved = await db().store.saveDocument(sourceDocument(TEXT), tradeExtraction());
    expect(saved.status).toBe('new');
    const doc = await db().store.getDocument(saved.id);
    expect(doc?.text).toBe(TEXT);
    expect(doc?.facts.map((row) => row.kind)).toEqual(['measurement', 'person']);
    expect(doc?.mentions).toEqual(tradeExtraction().mentions);
  });

  it('gives back each fact as extracted, quote and span included', async () => {
    const { id } = await db().store.saveDocument(sourceDocument(TEXT), tradeExtraction());
    const doc = await db().store.getDocument(id);
    expect(doc?.facts[0].fact).toEqual(tradeExtraction().measurements[0]);
    expect(doc?.facts[1].fact).toEqual(tradeExtraction().people[0]);
    expect(TEXT.slice(...doc!.facts[0].span!)).toBe(doc!.facts[0].quote);
  });

  it('stores a text once: a second save is "unchanged" and writes nothing', async () => {
    const first = await db().store.saveDocument(sourceDocument(TEXT), tradeExtraction());
    const second = await db().store.saveDocument(sourceDocument(TEXT, { file: 'copy.txt' }), tradeExtraction());
    expect(second).toEqual({ id: first.id, status: 'unchanged' });
    expect(await db().store.stats()).toEqual({ documents: 1, facts: { measurement: 1, instrument: 0, event: 0, person: 1 } });
  });

  it('stores a text once when two saves race', async () => {
    const results = await Promise.all([
      db().store.saveDocument(sourceDocument(TEXT), tradeExtraction()),
      db().store.saveDocument(sourceDocument(TEXT), tradeExtraction()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['new', 'unchanged']);
    expect((await db().store.stats()).facts.measurement).toBe(1);
  });

  it('leaves nothing of a document when one of its facts cannot be stored', async () => {
    const broken = tradeExtraction();
    broken.people.push({ name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', country: 'AZ', quote: 'met', span: [90, 80] });
    await expect(db().store.saveDocument(sourceDocument(TEXT), broken)).rejects.toThrow(StoreError);
    const counts = await db().database.pool.query(
      `SELECT (SELECT count(*) FROM documents)::integer AS documents, (SELECT count(*) FROM mentions)::integer AS mentions,
              (SELECT count(*) FROM facts)::integer AS facts`);
    expect(counts.rows[0]).toEqual({ documents: 0, mentions: 0, facts: 0 });
  });

  it('saves a document after a failed attempt at it', async () => {
    const broken = tradeExtraction();
    broken.measurements[0].span = [40, 0];
    await expect(db().store.saveDocument(sourceDocument(TEXT), broken)).rejects.toThrow(/sample.txt: could not be stored/);
    expect((await db().store.saveDocument(sourceDocument(TEXT), tradeExtraction())).status).toBe('new');
  });

  it('returns null for an unknown document id', async () => {
    expect(await db().store.getDocument('doc_0000000000000000')).toBeNull();
  });

  describe('listing', () => {
    async function saveThree() {
      await db().store.saveDocument(sourceDocument('Первый текст.', { lang: 'ru', outlet: 'TASS', published: '2021-03-01', file: 'a.txt', title: 'Дорожная карта' }), emptyExtraction({ lang: 'ru' }));
      await db().store.saveDocument(sourceDocument('Second text.', { outlet: 'APA', published: '2023-06-15', file: 'b.txt', title: 'Road map 50% done' }), emptyExtraction());
      await db().store.saveDocument(sourceDocument(TEXT, { outlet: 'APA', published: null, file: 'c.txt' }), tradeExtraction());
    }

    it('lists newest first, undated last, with totals and fact counts', async () => {
      await saveThree();
      const page = await db().store.listDocuments();
      expect(page.items.map((d) => d.file)).toEqual(['b.txt', 'a.txt', 'c.txt']);
      expect(page.total).toBe(3);
      expect(page.items[0].published).toBe('2023-06-15');
      expect(page.items.map((d) => d.factCount)).toEqual([0, 0, 2]);
    });

    it('sorts oldest first, by title (the file name standing in), or latest ingested first', async () => {
      await saveThree();
      const files = async (sort: 'oldest' | 'title' | 'ingested') => (await db().store.listDocuments({ sort })).items.map((d) => d.file);
      expect(await files('oldest')).toEqual(['a.txt', 'b.txt', 'c.txt']);
      expect(await files('title')).toEqual(['c.txt', 'b.txt', 'a.txt']);
      expect(await files('ingested')).toEqual(['c.txt', 'b.txt', 'a.txt']);
    });

    it('pages with limit and offset, keeping the total', async () => {
      await saveThree();
      const page = await db().store.listDocuments({ limit: 1, offset: 1 });
      expect(page.items.map((d) => d.file)).toEqual(['a.txt']);
      expect(page.total).toBe(3);
    });

    it('filters by language', async () => {
      await saveThree();
      expect((await db().store.listDocuments({ lang: 'ru' })).items.map((d) => d.file)).toEqual(['a.txt']);
    });

    it('filters by outlet', async () => {
      await saveThree();
      expect((await db().store.listDocuments({ outlet: 'APA' })).items.map((d) => d.file)).toEqual(['b.txt', 'c.txt']);
    });

    it('filters by publication date, a year standing for all its days', async () => {
      await saveThree();
      expect((await db().store.listDocuments({ from: '2022' })).items.map((d) => d.file)).toEqual(['b.txt']);
      expect((await db().store.listDocuments({ to: '2021' })).items.map((d) => d.file)).toEqual(['a.txt']);
    });

    it('filters by part of the title, taking % literally', async () => {
      await saveThree();
      expect((await db().store.listDocuments({ title: 'дорожная' })).items.map((d) => d.file)).toEqual(['a.txt']);
      expect((await db().store.listDocuments({ title: '50%' })).items.map((d) => d.file)).toEqual(['b.txt']);
      expect((await db().store.listDocuments({ title: '%' })).items.map((d) => d.file)).toEqual(['b.txt']);
    });

    it('treats a hostile filter value as a plain value', async () => {
      await saveThree();
      const hostile = "'; drop table documents; --";
      expect((await db().store.listDocuments({ outlet: hostile, lang: hostile, title: hostile })).total).toBe(0);
      expect((await db().store.listDocuments()).total).toBe(3);
    });

    it('refuses a malformed date or page', async () => {
      await expect(db().store.listDocuments({ from: 'yesterday' })).rejects.toThrow(/from "yesterday"/);
      await expect(db().store.listDocuments({ limit: 0 })).rejects.toThrow(StoreError);
    });
  });
});
