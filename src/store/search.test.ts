import { beforeEach, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { HIGHLIGHT, search } from './search.js';

const documents = [
  sourceDocument('Стороны обсудили выполнение дорожной карты и развитие сотрудничества.',
    { lang: 'ru', file: 'ru-roadmap.txt', published: '2023-05-01' }),
  sourceDocument('The agreement on transport was signed in Baku. Trade keeps growing.',
    { lang: 'en', file: 'en-signed.txt', published: '2024-01-24' }),
  sourceDocument('Ministers discussed tourism and culture.',
    { lang: 'en', file: 'en-title.txt', title: 'Agreement on tourism', published: '2022-02-02' }),
  sourceDocument('Azərbaycan və Rusiya arasında ticarət dövriyyəsi artıb.',
    { lang: 'az', file: 'az-trade.txt', published: '2024-03-03' }),
];

describe.each(engines)('search on %s', (engine) => {
  const db = useTestStore(engine);

  beforeEach(async () => {
    for (const doc of documents) await db().store.saveDocument(doc, emptyExtraction({ lang: doc.lang }));
  });

  const files = async (query: string) => (await db().store.search(query)).items.map((hit) => hit.file);

  it('finds Russian word forms by their stem: "дорожную карту" finds "дорожной карты"', async () => {
    expect(await files('дорожную карту')).toEqual(['ru-roadmap.txt']);
  });

  it('finds "сотрудничество" in a text saying "сотрудничества"', async () => {
    expect(await files('сотрудничество')).toEqual(['ru-roadmap.txt']);
  });

  it('finds English word forms by their stem: "signing" finds "signed"', async () => {
    expect(await files('signing')).toEqual(['en-signed.txt']);
  });

  it('finds an Azerbaijani word as written', async () => {
    expect(await files('ticarət')).toEqual(['az-trade.txt']);
  });

  it('requires every word of the query', async () => {
    expect(await files('agreement Baku')).toEqual(['en-signed.txt']);
  });

  it('ranks a match in the title above a match in the body', async () => {
    expect(await files('agreement')).toEqual(['en-title.txt', 'en-signed.txt']);
  });

  it('wraps the matched words of the snippet in highlight marks', async () => {
    const [hit] = (await db().store.search('signing')).items;
    expect(hit.snippet).toContain(`${HIGHLIGHT.start}signed${HIGHLIGHT.stop}`);
  });

  it('counts every match, also past the page, and gives an empty page beyond the last', async () => {
    const beyond = await db().store.search('agreement', { limit: 5, offset: 10 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(2);
    expect((await db().store.search('zzzzqqq')).total).toBe(0);
  });

  it('pages the hits and counts them all', async () => {
    const page = await db().store.search('agreement', { limit: 1, offset: 1 });
    expect(page.items.map((hit) => hit.file)).toEqual(['en-signed.txt']);
    expect(page.total).toBe(2);
  });

  it('on a large store ranks only the newest matches: a newer body match comes before an older title match', async () => {
    const ranked = await search(db().database.pool, 'agreement', { limit: 1 }, 1);
    expect(ranked.items.map((hit) => hit.file)).toEqual(['en-signed.txt']);
    expect(ranked.total).toBe(2);
  });

  it('finds nothing, without error, for a query of stop words only', async () => {
    expect(await files('the and')).toEqual([]);
  });

  it('treats a hostile query as words to look for', async () => {
    expect(await files("'; drop table documents; --")).toEqual([]);
    expect((await db().store.stats()).documents).toBe(documents.length);
  });
});
