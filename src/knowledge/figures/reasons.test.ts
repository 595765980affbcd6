import { describe, expect, it } from 'vitest';
import { agenciesNamed, conflictReason } from './reasons.js';

const group = (quote: string, value: number, published: string | null = '2022-04-01') =>
  ({ quotes: [quote], published: [published], indicator: 'trade_turnover', values: [value] });

describe('conflictReason', () => {
  it.each([
    ['January-November against a whole year', 'In January-November 2021 trade reached $2.6 billion.', 'period_granularity'],
    ['Russian months', 'Товарооборот за январь–ноябрь 2021 года составил 2,6 млрд долларов.', 'period_granularity'],
    ['exports reported as turnover', 'Russian exports to Azerbaijan were $2.3 billion in 2021.', 'direction'],
    ['a preliminary figure', 'According to preliminary data, trade reached $2.6 billion in 2021.', 'preliminary'],
  ])('%s', (_, quote, code) => {
    expect(conflictReason([group(quote, 2.6e9), group('Trade reached $3.4 billion in 2021.', 3.4e9)])?.code).toBe(code);
  });

  it('does not read "third-largest partner" as a third quarter', () => {
    expect(conflictReason([
      group('Trade amounted to $2.9 billion in 2021, making Russia Azerbaijan’s third-largest partner.', 2.9e9),
      group('In 2021, mutual trade amounted to $3.4 billion, including Russian exports worth $2.3 billion.', 3.4e9),
    ])).toBeNull();
  });

  it('tells a later revision by publication dates far apart', () => {
    expect(conflictReason([group('Trade was $2.9 billion.', 2.9e9, '2022-01-10'), group('Trade was $3.4 billion.', 3.4e9, '2023-03-01')])?.code)
      .toBe('revision');
  });
});

describe('agenciesNamed', () => {
  it.each([
    ['According to the State Customs Committee, …', ['State Customs Committee (AZ)']],
    ['По данным Федеральной таможенной службы, …', ['Federal Customs Service (RU)']],
    ['Trade grew, Rosstat said.', ['Rosstat (RU)']],
    ['Trade grew.', []],
  ])('%s', (quote, names) => {
    expect(agenciesNamed(quote)).toEqual(names);
  });
});
