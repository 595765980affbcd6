import { describe, expect, it } from 'vitest';
import { findAmountMentions } from './index.js';

const find = (text: string, lang: 'en' | 'ru') => findAmountMentions(text, { published: null, lang }).mentions;

describe('findAmountMentions', () => {
  it.each([
    ['en', 'trade of $2.9 billion', 'money', 2.9e9, 'USD', '$2.9 billion'],
    ['en', 'a $1.5b deal', 'money', 1.5e9, 'USD', '$1.5b'],
    ['en', 'USD 295 million', 'money', 2.95e8, 'USD', 'USD 295 million'],
    ['en', '295 million US dollars', 'money', 2.95e8, 'USD', '295 million US dollars'],
    ['en', '€20 mln', 'money', 2e7, 'EUR', '€20 mln'],
    ['en', 'AZN 1.7 million', 'money', 1.7e6, 'AZN', 'AZN 1.7 million'],
    ['en', '4 trillion tenge', 'money', 4e12, 'KZT', '4 trillion tenge'],
    ['ru', '3,4 млрд долларов', 'money', 3.4e9, 'USD', '3,4 млрд долларов'],
    ['ru', '1,5 млрд рублей', 'money', 1.5e9, 'RUB', '1,5 млрд рублей'],
    ['ru', '$2 млрд. 842 млн.', 'money', 2.842e9, 'USD', '$2 млрд. 842 млн.'],
    ['en', '423,800 tons', 'number', 423800, 'tonnes', '423,800 tons'],
    ['ru', '100 тыс. тонн', 'number', 1e5, 'tonnes', '100 тыс. тонн'],
    ['en', '17.5%', 'percent', 17.5, undefined, '17.5%'],
    ['en', '10.2 percent', 'percent', 10.2, undefined, '10.2 percent'],
    ['ru', '17,5 процента', 'percent', 17.5, undefined, '17,5 процента'],
    ['en', 'a third of trade', 'percent', 33.33, undefined, 'a third'],
    ['en', '188,000 trips', 'number', 188000, undefined, '188,000'],
    ['en', '2 000 trips', 'number', 2000, undefined, '2 000'],
    ['en', 'Twelve regions', 'number', 12, undefined, 'Twelve'],
    ['en', 'one hundred fifty', 'number', 150, undefined, 'one hundred fifty'],
    ['en', 'half a million', 'number', 5e5, undefined, 'half a million'],
    ['ru', 'двенадцать регионов', 'number', 12, undefined, 'двенадцать'],
  ])('%s: reads "%s"', (lang, text, kind, value, unit, matched) => {
    const [m] = find(text, lang as 'en' | 'ru');
    expect(m).toMatchObject({ kind, value, text: matched });
    expect((m as { unit?: string }).unit).toBe(unit);
    expect(text.slice(m.span[0], m.span[1])).toBe(matched);
  });

  it.each([
    ['en', 'more than 230 documents', 'more_than'], ['en', 'over 150 agreements', 'more_than'],
    ['en', 'at least 5 forums', 'more_than'], ['en', 'exceeded $1.2 billion', 'more_than'],
    ['en', 'about $3 billion', 'approx'], ['en', 'nearly six percent', 'approx'], ['en', 'some 138,117 tons', 'approx'],
    ['en', 'up to 10 trips', 'less_than'], ['ru', 'свыше 100 тонн', 'more_than'], ['ru', 'около 13 млрд долларов', 'approx'],
    ['ru', 'почти 90%', 'approx'], ['ru', 'не менее 5 соглашений', 'more_than'],
  ])('%s: qualifies "%s" as %s, outside the span', (lang, text, qualifier) => {
    const [m] = find(text, lang as 'en' | 'ru');
    expect(m.qualifier).toBe(qualifier);
    expect(text.endsWith(text.slice(m.span[0]))).toBe(true);
  });

  it.each([
    ['en', 'at 11:30'], ['en', 'a 11:30 start'], ['en', '(UTC+04:00)'], ['en', 'the 22nd meeting'], ['en', 'the 30th anniversary'],
    ['en', 'in 2021'], ['en', 'since 2018'], ['en', '2021-2023'], ['en', 'on 17.01.2009'], ['en', '1. First point'],
    ['en', 'a third country'], ['ru', '23-е заседание'], ['ru', 'в 2021 г.'], ['ru', '2023 году'],
  ])('%s: finds no amount in "%s"', (lang, text) => {
    expect(find(text, lang as 'en' | 'ru').filter((m) => m.kind === 'number' || m.kind === 'money')).toEqual([]);
  });
});
