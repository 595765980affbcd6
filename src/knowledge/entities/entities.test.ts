import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../core/index.js';
import { resolveInstruments, resolvePeople, titleSimilarity, titleWords } from './index.js';

const source = (document: string, published: string | null = null) =>
  ({ fact: `f-${document}`, document, file: `${document}.txt`, published, quote: null, span: null });

describe('resolvePeople', () => {
  it('makes one person of Alexei, Alexey and Алексей Оверчук, with aliases, roles over time and sources', () => {
    const [person, ...others] = resolvePeople([
      { person: { name: 'Alexei Overchuk', role: 'Deputy Prime Minister', country: 'RU' }, source: source('a', '2022-04-26') },
      { person: { name: 'Алексей Оверчук', role: 'вице-премьер', country: 'RU' }, source: source('b', '2023-06-09') },
      { person: { name: 'Alexey Overchuk', role: 'Deputy Prime Minister', country: 'RU' }, source: source('c', '2020-11-10') },
    ]);
    expect(others).toEqual([]);
    expect(person).toMatchObject({ name: 'Alexei Overchuk', aliases: ['Alexey Overchuk', 'Алексей Оверчук'], countries: ['RU'] });
    expect(person.roles.map((held) => held.date)).toEqual(['2020-11-10', '2022-04-26', '2023-06-09']);
    expect(person.sources).toHaveLength(3);
  });
});

const plan = (title: string, overrides: Partial<Instrument> = {}): Instrument => ({
  type: 'action_plan', title, signed_on: null, place: null, parties: ['RU', 'AZ'], valid_until: null, quote: 'q', span: [0, 1], ...overrides,
});

describe('resolveInstruments', () => {
  const A = 'Action Plan for the development of key areas of Russian-Azerbaijani cooperation until 2024';
  const B = 'Action Plan on Developing Key Areas of Russia-Azerbaijan Cooperation to 2024';

  it('reads two wordings of one plan as alike', () => {
    expect(titleSimilarity(titleWords(A), titleWords(B))).toBe(1);
  });

  it('makes one instrument of title variants of the same type and parties', () => {
    const [instrument, ...others] = resolveInstruments([
      { instrument: plan(A, { signed_on: '2018-09' }), source: source('a') },
      { instrument: plan(B, { signed_on: '2018-09-01', place: 'Sochi' }), source: source('b') },
    ]);
    expect(others).toEqual([]);
    expect(instrument).toMatchObject({ title: A, aliases: [B], signedOn: '2018-09-01', place: 'Sochi', parties: ['AZ', 'RU'] });
  });

  it('keeps apart another type, other parties or another plan', () => {
    expect(resolveInstruments([
      { instrument: plan(A), source: source('a') },
      { instrument: plan(A, { type: 'roadmap' }), source: source('b') },
      { instrument: plan(A, { parties: ['RU', 'UZ'] }), source: source('c') },
      { instrument: plan('Action Plan of the Republic of Dagestan and Azerbaijan for 2023-2025'), source: source('d') },
    ])).toHaveLength(4);
  });
});
