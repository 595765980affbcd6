import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';

const PAIR = 'Russia and Azerbaijan are partners. ';
const measure = (text: string, published = '2024-01-24', lang: 'en' | 'ru' = 'en') =>
  extract({ text: PAIR + text, published, lang }).measurements;

describe('findMeasurements', () => {
  it.each([
    ['The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021.', 'trade_turnover', 2.9e9, 'USD', 'exact', '2021-01-01'],
    ['Trade turnover between Russia and Azerbaijan increased by 17.5% in 2023.', 'trade_turnover', 17.5, 'percent_change', 'exact', '2023-01-01'],
    ['Over 150 interstate agreements are included in the legal base.', 'agreements_count', 150, 'count', 'more_than', null],
    ['Azerbaijan cooperates with more than 80 regions of Russia.', 'regions_count', 80, 'count', 'more_than', null],
    ['Russian investments in Azerbaijan exceeded $4 billion.', 'investment', 4e9, 'USD', 'more_than', null],
    ['Azerbaijan has increased plant products export to Russia by 3 percent.', 'exports', 3, 'percent_change', 'exact', null],
    ['Between January and October 2022, trade between Russia and Azerbaijan reached $4 billion.', 'trade_turnover', 4e9,
      'USD', 'exact', '2022-01-01'],
  ])('reads "%s"', (sentence, indicator, value, unit, qualifier, start) => {
    const [m] = measure(sentence);
    expect(m).toMatchObject({ indicator, value, unit, qualifier });
    expect(m.period?.start ?? null).toBe(start);
    expect((PAIR + sentence).slice(m.span[0], m.span[1])).toBe(m.quote);
  });

  it('gives exports a direction', () => {
    const [m] = measure('In 2021, Russian exports to Azerbaijan amounted to $2.3 billion.');
    expect(m).toMatchObject({ indicator: 'exports', from: 'RU', to: 'AZ' });
  });

  describe('a text on one country\'s trade with several partners named in its lead', () => {
    const text = [
      'Kazakhstan increased its trade with Uzbekistan and China in 2023, the statistics bureau reported.',
      'The trade turnover between Kazakhstan and Uzbekistan amounted to $4.1 billion in 2023.',
      'Uzbekistan remains a key partner of Kazakhstan, and Kazakhstan is a key partner of Uzbekistan.',
      'Meanwhile, trade between Kazakhstan and China reached $31 billion in 2023.',
      'Of that, exports amounted to $15.5 billion.',
      'Trade between China and Japan reached $300 billion in 2023.',
    ].join(' ');
    const found = extract({ text, published: '2024-02-01', lang: 'en' }).measurements;

    it('reports each partner\'s figures, with flows between the main country and that partner', () => {
      expect(found.map((m) => [m.indicator, m.value])).toEqual([
        ['trade_turnover', 4.1e9], ['trade_turnover', 3.1e10], ['exports', 1.55e10],
      ]);
      expect(found[2]).toMatchObject({ from: 'KZ', to: 'CN' });
    });

    it('leaves out a pair of countries that does not include the main country', () => {
      expect(found.map((m) => m.value)).not.toContain(3e11);
    });
  });

  it('leaves out a third country\'s trade that the lead does not name', () => {
    expect(measure('Trade between Russia and China reached $240 billion in 2023.')).toEqual([]);
  });

  it('reads an absolute change as "other"', () => {
    const [m] = measure('In 2021 trade turnover amounted to $2.6 billion, which is an increase by $238.5 million.');
    expect(measure('In 2021 trade turnover amounted to $2.6 billion, which is an increase by $238.5 million.')[1])
      .toMatchObject({ indicator: 'other', value: 2.385e8, unit: 'USD' });
    expect(m.indicator).toBe('trade_turnover');
  });

  it.each([
    ['Ties are supported by 73 entities of Russia, 18 of them have agreements with Azerbaijan.', 'en'],
    ['С Азербайджаном сотрудничают 73 субъекта России, из них 18 имеют соглашения.', 'ru'],
  ] as const)('counts "18 of them" as the noun counted before: %s', (sentence, lang) => {
    expect(measure(sentence, '2024-01-24', lang).map((m) => [m.indicator, m.value]))
      .toContainEqual(['regions_count', 18]);
  });

  it('dates "from A to B, compared to 2020" as the base year and the year after', () => {
    const found = measure('Azerbaijan increased exports to Russia from 423,800 tons to 539,700 tons, compared to 2020.');
    expect(found.map((m) => [m.value, m.period?.start])).toEqual([[423800, '2020-01-01'], [539700, '2021-01-01']]);
  });

  it('reads Russian', () => {
    const [m] = measure('Товарооборот между Россией и Азербайджаном в 2023 году вырос на 17,5%.', '2024-01-24', 'ru');
    expect(m).toMatchObject({ indicator: 'trade_turnover', value: 17.5, unit: 'percent_change' });
  });

  it.each([
    'The two countries set up a goal to bring the mutual trade turnover to $15 billion.',
    'Trade is expected to reach $5 billion next year.',
    'Exports of pears grew by 2.9 times.',
    'The trade turnover between Azerbaijan and Turkey amounted to $4.1 billion in 2021.',
    'Five countries attended.',
  ])('finds no measurement in "%s"', (sentence) => {
    expect(measure(sentence)).toEqual([]);
  });
});
