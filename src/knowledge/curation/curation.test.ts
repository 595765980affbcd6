import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../core/index.js';
import { curateEntities, curationOf, decisionProblem, factKey, parseFieldAssignment, type Decision } from './index.js';

let next = 0;
const decision = (overrides: Partial<Decision>): Decision => ({
  id: ++next, action: 'confirm', targets: [], fields: {}, why: 'checked', by: 'ana', at: `2024-01-01T00:00:0${next % 10}Z`, ...overrides,
});

describe('fact keys', () => {
  const fact: Measurement = {
    indicator: 'trade_turnover', value: 2.9e9, unit: 'USD', qualifier: 'exact',
    period: { start: '2021-01-01', end: '2021-12-31' }, quote: 'a', span: [0, 1],
  };
  it('depend on what a fact says and its document, not where the quote sits', () => {
    const key = factKey('hash', { kind: 'measurement', fact });
    expect(factKey('hash', { kind: 'measurement', fact: { ...fact, span: [5, 9], quote: 'b' } })).toBe(key);
    expect(factKey('other', { kind: 'measurement', fact })).not.toBe(key);
    expect(factKey('hash', { kind: 'measurement', fact: { ...fact, value: 3.4e9 } })).not.toBe(key);
  });
  it('fold the spelling of a person', () => {
    expect(factKey('h', { kind: 'person', fact: { name: 'Alexei Overchuk', role: 'Deputy Prime Minister', country: 'RU' } }))
      .toBe(factKey('h', { kind: 'person', fact: { name: 'Alexey Overchuk', role: 'Deputy Prime Minister', country: 'RU' } }));
  });
});

describe('curation', () => {
  it('lets the latest decision count: a confirmation takes back a rejection', () => {
    const curation = curationOf([
      decision({ action: 'reject', targets: ['fact_a'] }),
      decision({ action: 'confirm', targets: ['fact_a'] }),
      decision({ action: 'reject', targets: ['fact_b'] }),
    ]);
    expect(curation.isRejected('fact_a')).toBe(false);
    expect(curation.isRejected('fact_b')).toBe(true);
  });

  it('applies corrections and joins merged entities under the first target', () => {
    const curation = curationOf([
      decision({ action: 'merge', targets: ['person_a', 'person_b'] }),
      decision({ action: 'correct', targets: ['person_a'], fields: { name: 'A. Overchuk' } }),
      decision({ action: 'reject', targets: ['person_c'] }),
    ]);
    const people = curateEntities(
      [{ id: 'person_b', name: 'B', n: 1 }, { id: 'person_a', name: 'A', n: 2 }, { id: 'person_c', name: 'C', n: 4 }],
      curation, (into, other) => ({ ...into, n: into.n + other.n }));
    expect(people).toEqual([{ id: 'person_a', name: 'A. Overchuk', n: 3 }]);
  });

  it('parses --set values and refuses unsound decisions', () => {
    expect(parseFieldAssignment('value=3.4e9')).toEqual(['value', 3.4e9]);
    expect(parseFieldAssignment('period=2021-01-01..2021-12-31')).toEqual(['period', { start: '2021-01-01', end: '2021-12-31' }]);
    expect(parseFieldAssignment('place=')).toEqual(['place', null]);
    expect(decisionProblem({ action: 'merge', targets: ['person_a'], why: 'x', by: 'y' })).toMatch(/two or more/);
    expect(decisionProblem({ action: 'correct', targets: ['fact_a'], why: 'x', by: 'y' })).toMatch(/--set/);
    expect(decisionProblem({ action: 'reject', targets: ['fact_a'], why: ' ', by: 'y' })).toMatch(/reason/);
  });
});
