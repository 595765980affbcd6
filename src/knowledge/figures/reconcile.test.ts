import { describe, expect, it } from 'vitest';
import type { MeasurementEvidence } from './evidence.js';
import { indicatorSeries, reconcileFigures } from './reconcile.js';

const YEAR_2021 = { start: '2021-01-01', end: '2021-12-31' };

function reported(value: number, document: string, quote: string, overrides: Partial<MeasurementEvidence> = {}): MeasurementEvidence {
  return {
    source: { fact: `f-${document}-${value}`, document, file: `${document}.txt`, outlet: null, published: '2022-02-01', story: `s-${document}`, quote, span: [0, quote.length] },
    indicator: 'trade_turnover', value, unit: 'USD', qualifier: 'exact', period: YEAR_2021,
    documentPair: ['AZ', 'RU'],
    ...overrides,
  };
}

describe('reconcileFigures', () => {
  it('makes one figure of the same value reported by several stories, with every source', () => {
    const [figure] = reconcileFigures([
      reported(2.9e9, 'a', 'Trade reached $2.9 billion in 2021.'),
      reported(2.93e9, 'b', 'Trade turnover was $2.93 billion in 2021.'),
    ]);
    expect(figure).toMatchObject({ indicator: 'trade_turnover', pair: 'AZ-RU', value: 2.93e9, corroboration: 2, conflict: null });
    expect(figure.sources.map((s) => s.document)).toEqual(['a', 'b']);
  });

  it('counts copies of one story once, keeping both as sources', () => {
    const copy = reported(2.9e9, 'b', 'Trade reached $2.9 billion in 2021.');
    copy.source.story = 's-a';
    const [figure] = reconcileFigures([reported(2.9e9, 'a', 'Trade reached $2.9 billion in 2021.'), copy]);
    expect(figure.corroboration).toBe(1);
    expect(figure.sources).toHaveLength(2);
  });

  it('holds both values of a disagreement with their sources: $2.9 bn vs $3.4 bn for 2021', () => {
    const [figure] = reconcileFigures([
      reported(2.9e9, 'a', 'Trade turnover reached $2.9 billion in 2021.'),
      reported(3.4e9, 'b', 'In 2021 trade turnover amounted to $3.4 billion.'),
      reported(3.4e9, 'c', 'Last year trade turnover was $3.4 billion.'),
    ]);
    expect(figure.values.map((v) => [v.value, v.corroboration])).toEqual([[3.4e9, 2], [2.9e9, 1]]);
    expect(figure.conflict?.code).toBe('unexplained');
  });

  it('takes several values from one story for items under one heading, not a conflict', () => {
    const [figure] = reconcileFigures([
      reported(6500, 'a', 'Exports of grapes reached 6,500 tons.', { unit: 'tonnes', indicator: 'exports', from: 'AZ', to: 'RU' }),
      reported(12000, 'a', 'Exports of nectarines reached 12,000 tons.', { unit: 'tonnes', indicator: 'exports', from: 'AZ', to: 'RU' }),
    ]);
    expect(figure.values).toHaveLength(2);
    expect(figure.conflict).toBeNull();
  });

  it('tells a part-of-the-year figure as the likely reason', () => {
    const [figure] = reconcileFigures([
      reported(2.9e9, 'a', 'In January-November 2021 trade reached $2.9 billion.'),
      reported(3.4e9, 'b', 'In 2021 trade turnover amounted to $3.4 billion.'),
    ]);
    expect(figure.conflict?.code).toBe('period_granularity');
  });

  it('tells different statistics agencies apart', () => {
    const [figure] = reconcileFigures([
      reported(2.9e9, 'a', 'According to the State Customs Committee, trade was $2.9 billion.'),
      reported(3.4e9, 'b', 'According to the Federal Customs Service, trade was $3.4 billion.'),
    ]);
    expect(figure.conflict).toMatchObject({ code: 'agency' });
    expect(figure.conflict?.text).toContain('Federal Customs Service (RU)');
  });

  it('keeps figures of other periods, directions, pairs and units apart', () => {
    const figures = reconcileFigures([
      reported(2.9e9, 'a', 'q'),
      reported(1.5e9, 'b', 'q', { period: { start: '2020-01-01', end: '2020-12-31' } }),
      reported(2.0e9, 'c', 'q', { indicator: 'exports', from: 'RU', to: 'AZ' }),
      reported(0.5e9, 'd', 'q', { indicator: 'exports', from: 'AZ', to: 'RU' }),
      reported(1.1e9, 'e', 'q', { documentPair: ['RU', 'TR'] }),
      reported(12, 'f', 'q', { unit: 'percent_change' }),
    ]);
    expect(figures).toHaveLength(6);
    expect(figures.every((figure) => figure.conflict === null)).toBe(true);
  });

  it('dates a present-tense figure by its year of publication', () => {
    const figures = reconcileFigures([
      reported(150, 'a', 'q', { indicator: 'agreements_count', unit: 'count', qualifier: 'more_than', period: null }),
      reported(200, 'b', 'q', { indicator: 'agreements_count', unit: 'count', period: null, source: { ...reported(0, 'b', 'q').source, published: '2024-05-01' } }),
    ]);
    expect(figures.map((figure) => figure.conflict)).toEqual([null, null]);
  });
});

describe('indicatorSeries', () => {
  it('gives one pair\'s figures for an indicator, whichever way the pair is written', () => {
    const figures = reconcileFigures([
      reported(2.9e9, 'a', 'q'),
      reported(1.5e9, 'b', 'q', { period: { start: '2020-01-01', end: '2020-12-31' } }),
      reported(1.1e9, 'e', 'q', { documentPair: ['RU', 'TR'] }),
    ]);
    expect(indicatorSeries(figures, 'trade_turnover', 'RU-AZ').map((figure) => figure.value)).toEqual([1.5e9, 2.9e9]);
  });
});
