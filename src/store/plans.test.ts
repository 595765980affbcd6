import { beforeEach, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { linkEvidence, parsePlan, planStatus } from '../plans/index.js';

const TEXT = 'In November 2022, Baku hosted the 11th Russian-Azerbaijani Interregional Forum. ' +
  'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021.';

const PLAN = parsePlan(`id: ru-az
title: Test plan
parties: [RU, AZ]
period: { start: 2018-09-01, end: 2024-12-31 }
roadmaps:
  - id: rm
    area: trade
    title: Trade
    measures:
      - { id: forums, title: Hold interregional forums, deadline: 2022-12-31, keywords: [interregional forum] }
`);

describe.each(engines)('plans repository on %s', (engine) => {
  const db = useTestStore(engine);

  beforeEach(async () => {
    await db().database.pool.query('TRUNCATE plans CASCADE');
    await db().store.saveDocument(sourceDocument(TEXT, { file: 'forum.txt', published: '2022-11-20' }), emptyExtraction({
      events: [{ type: 'forum', title: '11th Interregional Forum', date: '2022-11', place: 'Baku', participants: [],
        ...cite(TEXT, 'In November 2022, Baku hosted the 11th Russian-Azerbaijani Interregional Forum.') }],
      measurements: [{ indicator: 'trade_turnover', value: 2.9e9, unit: 'USD', qualifier: 'exact', period: { start: '2021-01-01', end: '2021-12-31' },
        ...cite(TEXT, 'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021.') }],
    }));
    await db().store.plans.save(PLAN, 'plan.yaml');
  });

  async function relink() {
    const { facts, documentTexts } = await db().store.plans.linkableFacts();
    await db().store.plans.replaceLinks(PLAN.id, linkEvidence(PLAN, facts, { documentTexts }));
    return db().store.plans.links(PLAN.id);
  }

  it('stores a plan and gives it back as imported', async () => {
    expect(await db().store.plans.get('ru-az')).toEqual(PLAN);
    expect((await db().store.plans.save(PLAN, 'plan.yaml')).status).toBe('updated');
    expect(await db().store.plans.list()).toMatchObject([{ id: 'ru-az', roadmaps: 1, measures: 1 }]);
  });

  it('stores links with their fact, quote and score', async () => {
    const [link] = await relink();
    expect(link).toMatchObject({ measureId: 'forums', factKind: 'event', file: 'forum.txt', review: null,
      quote: 'In November 2022, Baku hosted the 11th Russian-Azerbaijani Interregional Forum.' });
  });

  it('keeps a verdict, with who, when and why, across re-linking', async () => {
    const [link] = await relink();
    await db().store.plans.review(link.id, 'rejected', 'analyst', 'announcement, not the forum itself');
    const [again] = await relink();
    expect(again.id).toBe(link.id);
    expect(again.review).toMatchObject({ verdict: 'rejected', reviewer: 'analyst', why: 'announcement, not the forum itself' });
    expect(again.review!.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a verdict on an unknown link', async () => {
    await expect(db().store.plans.review('l_nope', 'confirmed', 'a', 'b')).rejects.toThrow(/no such link/);
  });

  it('records a status only when it changes, with its source', async () => {
    const links = await relink();
    const first = await db().store.plans.recordStatuses(PLAN.id, planStatus(PLAN, links, '2022-12-01').measures, '2022-12-01');
    const same = await db().store.plans.recordStatuses(PLAN.id, planStatus(PLAN, links, '2022-12-02').measures, '2022-12-02');
    const later = await db().store.plans.recordStatuses(PLAN.id, planStatus(PLAN, [], '2023-01-10').measures, '2023-01-10');
    expect(first.map((c) => c.status)).toEqual(['in_progress']);
    expect(same).toEqual([]);
    expect(later[0]).toMatchObject({ status: 'overdue', previous: 'in_progress', source: expect.stringMatching(/deadline 2022-12-31 passed/) });
    expect((await db().store.plans.statusHistory(PLAN.id)).map((c) => c.status)).toEqual(['in_progress', 'overdue']);
  });
});
