import { describe, expect, it } from 'vitest';
import type { LinkableFact, ReviewedLink } from './evidence.js';
import { linkEvidence } from './link.js';
import { parsePlan } from './parse.js';
import { planStatus } from './status.js';
import { draftPlans, skeletonFor } from './draft.js';

const plan = parsePlan(`id: p
title: Action Plan for the development of key areas of Russian-Azerbaijani cooperation until 2024
parties: [RU, AZ]
period: { start: 2018-09-01, end: 2024-12-31 }
signed_on: 2018-09-01
roadmaps:
  - id: rm-trade
    area: trade
    title: Trade
    measures:
      - id: forums
        title: Hold interregional forums
        deadline: 2022-12-31
        keywords: [interregional forum, межрегиональный форум]
      - id: turnover
        title: Grow mutual trade
        deadline: 2024-12-31
        indicators:
          - { id: usd, metric: trade_turnover, unit: USD, targets: [{ period: 2021, value: 2500000000 }] }
      - id: houses
        title: Open trade houses
        deadline: 2020-12-31
        history: [{ on: 2019-05-01, status: dropped, source: commission protocol }]
`);

let n = 0;
function fact(partial: Partial<LinkableFact> & Pick<LinkableFact, 'kind' | 'fact' | 'quote'>): LinkableFact {
  n += 1;
  return { id: `f${n}`, documentId: `d${n}`, file: `d${n}.txt`, published: '2022-11-20', ...partial } as LinkableFact;
}

const forumEvent = fact({ kind: 'event', quote: 'In November 2022, Baku hosted the 11th Russian-Azerbaijani Interregional Forum.',
  fact: { type: 'forum', title: '11th Interregional Forum', date: '2022-11', place: 'Baku', participants: [] } as never });
const forumRu = fact({ kind: 'event', quote: 'В Казани прошёл XI Российско-азербайджанский межрегиональный форум.',
  fact: { type: 'forum', title: 'форум', date: '2022-11-01', place: null, participants: [] } as never });
const thirdCountry = fact({ kind: 'event', quote: 'Turkey and Azerbaijan held an interregional forum in Kars.',
  fact: { type: 'forum', title: 'forum', date: '2022-10-01', place: null, participants: [] } as never });
const tooEarly = fact({ kind: 'event', quote: 'Russia and Azerbaijan held the 8th Interregional Forum.',
  fact: { type: 'forum', title: 'forum', date: '2017-11-01', place: null, participants: [] } as never });
const turnover = fact({ kind: 'measurement', quote: 'Trade turnover between Russia and Azerbaijan reached $2.9 billion in 2021.',
  fact: { indicator: 'trade_turnover', value: 2.9e9, unit: 'USD', qualifier: 'exact', period: { start: '2021-01-01', end: '2021-12-31' } } as never });
const planItself = fact({ kind: 'instrument', quote: 'The Action Plan for the development of key areas of Russian-Azerbaijani cooperation for the period up to 2024 is being implemented.',
  fact: { type: 'action_plan', title: 'Action Plan for the development of key areas of Russian-Azerbaijani cooperation for the period up to 2024', signed_on: null, place: null, parties: ['RU', 'AZ'], valid_until: '2024-12-31' } as never });
const nextPlan = fact({ kind: 'instrument', quote: 'The action plan for the development of key areas of Russian-Azerbaijani cooperation for the next three years has been prepared.',
  fact: { type: 'action_plan', title: 'action plan for the development of key areas of Russian-Azerbaijani cooperation for the next three years', signed_on: null, place: null, parties: ['RU', 'AZ'], valid_until: '2026-12-31' } as never });

const facts = [forumEvent, forumRu, thirdCountry, tooEarly, turnover, planItself, nextPlan];
const linked = linkEvidence(plan, facts);
const targetsOf = (factId: string) => linked.filter((l) => l.factId === factId).map((l) => `${l.target}:${l.measureId ?? ''}${l.indicatorId ? '/' + l.indicatorId : ''}`);

describe('linkEvidence', () => {
  it('links an English report of a forum to the forums measure, with its quote and a score', () => {
    const [link] = linked.filter((l) => l.factId === forumEvent.id);
    expect(link).toMatchObject({ target: 'measure', measureId: 'forums', quote: forumEvent.quote });
    expect(link.score).toBeGreaterThanOrEqual(0.6);
  });

  it('links a Russian report by stem ("межрегиональный форум" meets "межрегиональный форум" inflected)', () => {
    expect(targetsOf(forumRu.id)).toEqual(['measure:forums']);
  });

  it('leaves out facts naming a third country, or dated before the plan', () => {
    expect(targetsOf(thirdCountry.id)).toEqual([]);
    expect(targetsOf(tooEarly.id)).toEqual([]);
  });

  it('links a measurement of the indicator\'s metric and unit to the indicator', () => {
    expect(targetsOf(turnover.id)).toContain('indicator:turnover/usd');
  });

  it('links the plan\'s own document, not the plan that follows it', () => {
    expect(targetsOf(planItself.id)).toEqual(['plan:']);
    expect(targetsOf(nextPlan.id)).toEqual([]);
  });

  it('drops links under the threshold', () => {
    expect(linkEvidence(plan, facts, { threshold: 0.99 }).every((l) => l.score >= 0.99)).toBe(true);
  });
});

const reviewed = (verdicts: Record<string, 'confirmed' | 'rejected'> = {}): ReviewedLink[] => linked.map((link) => ({
  ...link, review: verdicts[link.factId] ? { linkId: link.id, verdict: verdicts[link.factId], reviewer: 'x', why: 'y', reviewedAt: '2025-01-01T00:00:00Z' } : null,
}));
const statusOf = (state: ReturnType<typeof planStatus>, id: string) => state.measures.find((m) => m.measureId === id)!;

describe('planStatus', () => {
  it('is in progress with unreviewed evidence before the deadline, citing the link', () => {
    const forums = statusOf(planStatus(plan, reviewed(), '2022-12-01'), 'forums');
    expect(forums.status).toBe('in_progress');
    expect(forums.source).toMatch(/^evidence l_/);
  });

  it('is overdue past its deadline without evidence of completion (as of a given day)', () => {
    expect(statusOf(planStatus(plan, reviewed(), '2023-01-01'), 'forums').status).toBe('overdue');
  });

  it('ignores evidence dated after the reference day', () => {
    expect(statusOf(planStatus(plan, reviewed(), '2019-01-01'), 'forums').status).toBe('planned');
  });

  it('ignores evidence a curator rejected', () => {
    const state = planStatus(plan, reviewed({ [forumEvent.id]: 'rejected', [forumRu.id]: 'rejected' }), '2022-12-01');
    expect(statusOf(state, 'forums').status).toBe('planned');
  });

  it('keeps a status recorded in the plan file\'s history, with its source', () => {
    expect(statusOf(planStatus(plan, reviewed(), '2024-01-01'), 'houses')).toMatchObject({ status: 'dropped', source: 'recorded 2019-05-01: commission protocol' });
  });

  it('compares the latest measurement of a target period with the target, and calls the measure done when every target is met', () => {
    const turnoverState = statusOf(planStatus(plan, reviewed(), '2022-06-01'), 'turnover');
    expect(turnoverState.indicators[0].targets[0]).toMatchObject({ period: '2021', target: 2.5e9, value: 2.9e9, outcome: 'met' });
    expect(turnoverState.status).toBe('done');
  });

  it('rolls progress up to road maps and the plan, leaving dropped measures out of the share', () => {
    const state = planStatus(plan, reviewed(), '2022-06-01');
    expect(state.roadmaps[0].progress).toEqual({ counts: { planned: 1, in_progress: 0, done: 1, overdue: 0, dropped: 1 }, doneShare: 0.5 });
    expect(state.progress.doneShare).toBe(0.5);
  });
});

describe('draftPlans', () => {
  it('groups instrument facts of plan types by normalised title, with their quotes, and drafts a skeleton', () => {
    const proposals = draftPlans([planItself, { ...planItself, id: 'g2', file: 'other.txt', fact: { ...planItself.fact, title: 'the Action Plan for the development of key areas of Russian-Azerbaijani cooperation until 2024', signed_on: '2018-09-01' } as never }, forumEvent], ['RU', 'AZ']);
    expect(proposals).toHaveLength(1);
    expect(proposals[0].citations.map((c) => c.file)).toEqual([planItself.file, 'other.txt']);
    expect(skeletonFor(proposals[0], ['RU', 'AZ'])).toMatchObject({ type: 'action_plan', parties: ['AZ', 'RU'], period: { start: '2018-09-01', end: '2024-12-31' }, roadmaps: [] });
  });
});
