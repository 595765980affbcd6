import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/index.js';
import { mergeMentions } from './merge.js';

const year: Mention = { kind: 'date_range', start: '2021-01-01', end: '2021-12-31', precision: 'year', span: [3, 7], text: '2021' };
const number: Mention = { kind: 'number', value: 2021, span: [3, 7], text: '2021' };
const money: Mention = { kind: 'money', value: 2.9e9, unit: 'USD', span: [20, 32], text: '$2.9 billion' };
const inner: Mention = { kind: 'number', value: 2.9, span: [21, 24], text: '2.9' };

describe('mergeMentions', () => {
  it('prefers a date over a number on the same text', () => {
    expect(mergeMentions([[number], [year]])).toEqual([year]);
  });

  it('prefers the longer amount over a number inside it, and orders by position', () => {
    expect(mergeMentions([[inner, money], [year]])).toEqual([year, money]);
  });
});

describe('mergeMentions on many mentions', () => {
  it('keeps the higher-priority mention whichever list it came from, and stays ordered', () => {
    const numbers: Mention[] = Array.from({ length: 1000 }, (_, i) => ({ kind: 'number', value: i, span: [i * 3, i * 3 + 2], text: 'xx' }));
    const wide: Mention = { kind: 'money', value: 1, unit: 'USD', span: [4, 10], text: 'xxxxxx' };
    const merged = mergeMentions([numbers, [wide]]);
    expect(merged).toContain(wide);
    expect(merged.some((m) => m.kind === 'number' && m.span[0] >= 3 && m.span[0] < 10)).toBe(false);
    for (let i = 1; i < merged.length; i++) expect(merged[i].span[0]).toBeGreaterThanOrEqual(merged[i - 1].span[1]);
  });
});
