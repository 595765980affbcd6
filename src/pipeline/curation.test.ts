// Curators' decisions stored, applied as results are read, and kept across deleting and re-ingesting documents.
import { describe, expect, it, beforeEach } from 'vitest';
import type { EventFact, Measurement, SourceDocument } from '../core/index.js';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { knowledgeToSave } from './document-knowledge.js';
import { listReviewQueue, recordDecision } from './curation.js';
import { readFigures } from './read-figures.js';
import { readPeople } from './read-entities.js';
import { readTimeline } from './read-timeline.js';

const AZ = 'The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021. Deputy Prime Minister ' +
  'Shahin Mustafayev met Alexei Overchuk in Baku on 28 June 2024 at the 22nd meeting of the Intergovernmental Commission.';
const RU = 'In 2021, mutual trade between Russia and Azerbaijan amounted to $3.4 billion, said Alexey Overchuk, ' +
  'Deputy Prime Minister of Russia, in Moscow; Russia and Azerbaijan widen settlements in national currencies.';

const turnover = (text: string, quote: string, value: number): Measurement => ({
  indicator: 'trade_turnover', value, unit: 'USD', qualifier: 'exact', period: { start: '2021-01-01', end: '2021-12-31' },
  ...cite(text, quote),
});
const meeting: EventFact = {
  type: 'meeting', title: '22nd meeting of the Intergovernmental Commission', date: '2024-06-28', place: 'Baku',
  participants: ['Shahin Mustafayev', 'Alexei Overchuk'], ordinal: 22,
  ...cite(AZ, 'Deputy Prime Minister Shahin Mustafayev met Alexei Overchuk in Baku on 28 June 2024 at the 22nd meeting of the Intergovernmental Commission.'),
};

describe.each(engines)('curation on %s', (engine) => {
  const db = useTestStore(engine);
  beforeEach(async () => { await db().database.pool.query('DELETE FROM curation_decisions'); });

  async function ingest(): Promise<void> {
    const az: SourceDocument = sourceDocument(AZ, { file: 'az.txt', published: '2024-06-29' });
    const ru: SourceDocument = sourceDocument(RU, { file: 'ru.txt', published: '2022-04-26' });
    await db().store.saveDocument(az, emptyExtraction({
      measurements: [turnover(AZ, AZ.slice(0, AZ.indexOf(' Deputy')), 2.9e9)],
      events: [meeting],
      people: [{ name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', country: 'AZ', ...cite(AZ, 'Shahin Mustafayev') }],
    }), knowledgeToSave(az, 'en'));
    await db().store.saveDocument(ru, emptyExtraction({
      measurements: [turnover(RU, RU.slice(0, RU.indexOf(', said')), 3.4e9)],
      people: [{ name: 'Alexey Overchuk', role: 'Deputy Prime Minister', country: 'RU', ...cite(RU, 'Alexey Overchuk') }],
    }), knowledgeToSave(ru, 'en'));
  }

  it('lists an open conflict in the queue until a curator decides it', async () => {
    await ingest();
    const [conflict] = (await listReviewQueue(db().store)).filter((item) => item.kind === 'conflict');
    expect(conflict.target).toMatch(/^trade_turnover\|/);
    await recordDecision(db().store, { action: 'confirm', targets: [conflict.target], why: 'customs figure', by: 'ana' });
    expect((await listReviewQueue(db().store)).filter((item) => item.kind === 'conflict')).toEqual([]);
  });

  it('keeps rejections, corrections and merges when the documents are deleted and ingested again', async () => {
    await ingest();
    const { items } = await db().store.listFacts({ kind: 'measurement' });
    const ruFigure = items.find((row) => row.file === 'ru.txt')!;
    await recordDecision(db().store, { action: 'reject', targets: [ruFigure.id], why: 'preliminary figure', by: 'ana' });
    const people = await readPeople(db().store);
    const [mustafayev, overchuk] = ['Shahin Mustafayev', 'Alexey Overchuk'].map((name) => people.find((p) => p.name === name)!);
    await recordDecision(db().store, { action: 'merge', targets: [overchuk.id, mustafayev.id], why: 'test merge', by: 'ana' });
    const [event] = await readTimeline(db().store, { type: 'meeting' });
    await recordDecision(db().store, { action: 'correct', targets: [event.id], fields: { place: 'Baku, Azerbaijan' }, why: 'city', by: 'ana' });

    await db().database.pool.query('TRUNCATE documents CASCADE');
    await ingest();

    const figures = await readFigures(db().store);
    expect(figures.map((figure) => [figure.value, figure.conflict])).toEqual([[2.9e9, null]]);
    const merged = await readPeople(db().store);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ id: overchuk.id, aliases: ['Shahin Mustafayev'] });
    expect((await readTimeline(db().store, { type: 'meeting' }))[0]).toMatchObject({ id: event.id, place: 'Baku, Azerbaijan' });
    expect((await db().store.curation.list()).map((d) => [d.action, d.by])).toEqual([['reject', 'ana'], ['merge', 'ana'], ['correct', 'ana']]);
  });
});
