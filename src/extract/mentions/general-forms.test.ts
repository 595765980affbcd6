// The general date and amount forms that parsers' test tables hold, beyond news prose: each row is one form, read
// by both mention finders and merged as extraction does, against the reference date given in the row.
// Choices where forms are ambiguous (documented in the lexicons and resolvers):
// - "5/3/2021": English reads month first (US) unless the first part exceeds 12; Russian reads day first.
// - weeks run Monday to Sunday; a bare weekday ("on Monday") is the closest such day (up to 3 days either way),
//   "last Friday" the one before the reference week day, "next Tuesday" the one after it.
// - "early/mid/late 2022", "начало/середина/конец 2022 года": January–April, May–August, September–December;
//   "early/mid/late March": 1–10, 11–20, 21–end of the month; "the end of March" is the late part.
// - seasons are meteorological: "winter 2021" is December 2021 – February 2022.
// - "a third of" is 33.33 percent (the contract); "5 п.п."/"percentage points" are percent.
import { describe, expect, it } from 'vitest';
import type { Lang, Mention } from '../../core/index.js';
import { findAmountMentions } from './amounts/index.js';
import { findDateMentions } from './dates/index.js';
import { mergeMentions } from './merge.js';

type Row = [lang: Lang, reference: string, text: string, expected: string];

function mentionsOf(text: string, lang: Lang, published: string): Mention[] {
  const ctx = { lang, published };
  return mergeMentions([findDateMentions(text, ctx).mentions, findAmountMentions(text, ctx).mentions]);
}

/** "date 2021-03-05", "range 2021-03-01 2021-03-31", "money 2900000000 USD", "percent 17.5", "number 12". */
function describeMention(m: Mention): string {
  switch (m.kind) {
    case 'date': return `date ${m.value}`;
    case 'date_range': return `range ${m.start} ${m.end}`;
    case 'money': return `money ${m.value} ${m.unit}`;
    default: return `${m.kind} ${m.value}`;
  }
}

const R = '2024-01-24'; // a Wednesday
const DATES: Row[] = [
  ['en', R, 'Dated 04th Jan 2019.', 'date 2019-01-04'],
  ['en', R, 'in the first quarter of 2020', 'range 2020-01-01 2020-03-31'],
  ['en', R, 'from 4 to 22 November', 'range 2023-11-04 2023-11-22'],
  ['en', R, 'next year', 'range 2025-01-01 2025-12-31'],
  ['en', R, 'last year', 'range 2023-01-01 2023-12-31'],
  ['en', R, 'this year', 'range 2024-01-01 2024-12-31'],
  ['en', R, 'tomorrow', 'date 2024-01-25'],
  ['en', R, 'yesterday', 'date 2024-01-23'],
  ['en', R, 'today', 'date 2024-01-24'],
  ['en', R, 'the day after tomorrow', 'date 2024-01-26'],
  ['en', R, 'the day before yesterday', 'date 2024-01-22'],
  ['en', R, '3 days ago', 'date 2024-01-21'],
  ['en', R, 'two weeks ago', 'date 2024-01-10'],
  ['en', R, 'a month ago', 'date 2023-12-24'],
  ['en', R, 'a year ago', 'date 2023-01-24'],
  ['en', R, '5 years ago', 'date 2019-01-24'],
  ['en', R, 'in 5 days', 'date 2024-01-29'],
  ['en', R, 'in two weeks', 'date 2024-02-07'],
  ['en', R, 'in a month', 'date 2024-02-24'],
  ['en', R, 'last week', 'range 2024-01-15 2024-01-21'],
  ['en', R, 'next week', 'range 2024-01-29 2024-02-04'],
  ['en', R, 'this week', 'range 2024-01-22 2024-01-28'],
  ['en', R, 'last month', 'range 2023-12-01 2023-12-31'],
  ['en', R, 'next month', 'range 2024-02-01 2024-02-29'],
  ['en', R, 'this month', 'range 2024-01-01 2024-01-31'],
  ['en', R, 'on Monday', 'date 2024-01-22'],
  ['en', R, 'on Friday', 'date 2024-01-26'],
  ['en', R, 'last Friday', 'date 2024-01-19'],
  ['en', R, 'next Tuesday', 'date 2024-01-30'],
  ['en', R, 'this Thursday', 'date 2024-01-25'],
  ['en', R, 'March 5th', 'date 2023-03-05'],
  ['en', R, '5th of March', 'date 2023-03-05'],
  ['en', R, 'the 5th of March 2021', 'date 2021-03-05'],
  ['en', R, 'Mar 5, 2021', 'date 2021-03-05'],
  ['en', R, 'March 5 2021', 'date 2021-03-05'],
  ['en', R, 'Friday, March 5, 2021', 'date 2021-03-05'],
  ['en', R, '5/3/2021', 'date 2021-05-03'],
  ['en', R, '25/3/2021', 'date 2021-03-25'],
  ['en', R, '2021/03/05', 'date 2021-03-05'],
  ['en', R, '2021-03-05', 'date 2021-03-05'],
  ['en', R, '2021.03.05', 'date 2021-03-05'],
  ['en', R, 'the week before last', 'range 2024-01-08 2024-01-14'],
  ['en', R, '05.03.2021', 'date 2021-03-05'],
  ['en', R, 'the end of March', 'range 2024-03-21 2024-03-31'],
  ['en', R, 'early March 2022', 'range 2022-03-01 2022-03-10'],
  ['en', R, 'mid-March 2022', 'range 2022-03-11 2022-03-20'],
  ['en', R, 'early 2022', 'range 2022-01-01 2022-04-30'],
  ['en', R, 'mid-2021', 'range 2021-05-01 2021-08-31'],
  ['en', R, 'late 2020', 'range 2020-09-01 2020-12-31'],
  ['en', R, 'the end of 2020', 'range 2020-01-01 2020-12-31'],
  ['en', R, 'Q3 2021', 'range 2021-07-01 2021-09-30'],
  ['en', R, '3Q21', 'range 2021-07-01 2021-09-30'],
  ['en', R, '2H 2020', 'range 2020-07-01 2020-12-31'],
  ['en', R, 'the second half of 2020', 'range 2020-07-01 2020-12-31'],
  ['en', R, 'the 1990s', 'range 1990-01-01 1999-12-31'],
  ['en', R, 'in the 2010s', 'range 2010-01-01 2019-12-31'],
  ['en', R, 'summer 2021', 'range 2021-06-01 2021-08-31'],
  ['en', R, 'in the spring of 2020', 'range 2020-03-01 2020-05-31'],
  ['en', R, 'winter 2021', 'range 2021-12-01 2022-02-28'],
  ['en', R, 'December 2021', 'range 2021-12-01 2021-12-31'],
  ['en', R, 'in 2021', 'range 2021-01-01 2021-12-31'],
  ['en', R, 'from 2018 to 2020', 'range 2018-01-01 2020-12-31'],
  ['en', R, 'March 1-15, 2021', 'range 2021-03-01 2021-03-15'],
  ['en', R, 'from March 28 to April 2, 2022', 'range 2022-03-28 2022-04-02'],
  ['en', R, 'January-November 2021', 'range 2021-01-01 2021-11-30'],
  ['en', R, 'Sept. 12, 2019', 'date 2019-09-12'],
  ['en', R, '12 Sep 2019', 'date 2019-09-12'],
  ['en', R, 'on the 3rd of February', 'date 2024-02-03'],
  ['en', R, 'in January', 'range 2024-01-01 2024-01-31'],
  ['ru', R, 'с 1 по 15 марта 2021 года', 'range 2021-03-01 2021-03-15'],
  ['ru', R, 'завтра', 'date 2024-01-25'],
  ['ru', R, 'послезавтра', 'date 2024-01-26'],
  ['ru', R, 'позавчера', 'date 2024-01-22'],
  ['ru', R, 'вчера', 'date 2024-01-23'],
  ['ru', R, 'сегодня', 'date 2024-01-24'],
  ['ru', R, 'через 3 дня', 'date 2024-01-27'],
  ['ru', R, 'через две недели', 'date 2024-02-07'],
  ['ru', R, 'через месяц', 'date 2024-02-24'],
  ['ru', R, '2 недели назад', 'date 2024-01-10'],
  ['ru', R, '3 дня назад', 'date 2024-01-21'],
  ['ru', R, 'год назад', 'date 2023-01-24'],
  ['ru', R, 'месяц назад', 'date 2023-12-24'],
  ['ru', R, 'пять лет назад', 'date 2019-01-24'],
  ['ru', R, 'на прошлой неделе', 'range 2024-01-15 2024-01-21'],
  ['ru', R, 'на следующей неделе', 'range 2024-01-29 2024-02-04'],
  ['ru', R, 'на этой неделе', 'range 2024-01-22 2024-01-28'],
  ['ru', R, 'на позапрошлой неделе', 'range 2024-01-08 2024-01-14'],
  ['ru', R, 'в прошлом месяце', 'range 2023-12-01 2023-12-31'],
  ['ru', R, 'в следующем месяце', 'range 2024-02-01 2024-02-29'],
  ['ru', R, 'в этом месяце', 'range 2024-01-01 2024-01-31'],
  ['ru', R, 'в прошлом году', 'range 2023-01-01 2023-12-31'],
  ['ru', R, 'в следующем году', 'range 2025-01-01 2025-12-31'],
  ['ru', R, 'в понедельник', 'date 2024-01-22'],
  ['ru', R, 'в пятницу', 'date 2024-01-26'],
  ['ru', R, 'в прошлую пятницу', 'date 2024-01-19'],
  ['ru', R, 'в следующий вторник', 'date 2024-01-30'],
  ['ru', R, '5 марта 2021 г.', 'date 2021-03-05'],
  ['ru', R, '5-го марта', 'date 2023-03-05'],
  ['ru', R, '5 марта', 'date 2023-03-05'],
  ['ru', R, '05.03.2021', 'date 2021-03-05'],
  ['ru', R, '5/3/2021', 'date 2021-03-05'],
  ['ru', R, '2021/03/05', 'date 2021-03-05'],
  ['ru', R, 'начало 2022 года', 'range 2022-01-01 2022-04-30'],
  ['ru', R, 'в начале 2022 года', 'range 2022-01-01 2022-04-30'],
  ['ru', R, 'середина 2021 года', 'range 2021-05-01 2021-08-31'],
  ['ru', R, 'в середине 2021 года', 'range 2021-05-01 2021-08-31'],
  ['ru', R, 'в конце 2020 года', 'range 2020-01-01 2020-12-31'],
  ['ru', R, 'в конце марта', 'range 2024-03-21 2024-03-31'],
  ['ru', R, 'в начале марта 2022 года', 'range 2022-03-01 2022-03-10'],
  ['ru', R, '90-е годы', 'range 1990-01-01 1999-12-31'],
  ['ru', R, 'в 1990-х годах', 'range 1990-01-01 1999-12-31'],
  ['ru', R, 'летом 2021 года', 'range 2021-06-01 2021-08-31'],
  ['ru', R, 'весной 2020 года', 'range 2020-03-01 2020-05-31'],
  ['ru', R, 'в III квартале 2021 года', 'range 2021-07-01 2021-09-30'],
  ['ru', R, 'во втором полугодии 2020 года', 'range 2020-07-01 2020-12-31'],
  ['ru', R, 'в январе-ноябре 2021 года', 'range 2021-01-01 2021-11-30'],
  ['ru', R, 'в 2021 году', 'range 2021-01-01 2021-12-31'],
  ['ru', R, 'в декабре 2021 года', 'range 2021-12-01 2021-12-31'],
  ['ru', R, '2018-2020 гг.', 'range 2018-01-01 2020-12-31'],
  ['ru', R, 'с 4 по 22 ноября', 'range 2023-11-04 2023-11-22'],
];

const AMOUNTS: Row[] = [
  ['en', R, '$2.9 billion', 'money 2900000000 USD'],
  ['en', R, 'EUR 20', 'money 20 EUR'],
  ['en', R, '295 million US dollars', 'money 295000000 USD'],
  ['en', R, '€20', 'money 20 EUR'],
  ['en', R, '20 euros', 'money 20 EUR'],
  ['en', R, '£5', 'money 5 GBP'],
  ['en', R, '5 pounds sterling', 'money 5 GBP'],
  ['en', R, '¥100', 'money 100 CNY'],
  ['en', R, '100 yuan', 'money 100 CNY'],
  ['en', R, 'CNY 100', 'money 100 CNY'],
  ['en', R, 'US$3 million', 'money 3000000 USD'],
  ['en', R, '$1,234.56', 'money 1234.56 USD'],
  ['en', R, '1.2 bn USD', 'money 1200000000 USD'],
  ['en', R, 'USD 1.2bn', 'money 1200000000 USD'],
  ['en', R, '$5bn', 'money 5000000000 USD'],
  ['en', R, 'AZN 1.7 million', 'money 1700000 AZN'],
  ['en', R, '50 cents', 'money 0.5 USD'],
  ['en', R, '$ 5', 'money 5 USD'],
  ['en', R, '5 dollars', 'money 5 USD'],
  ['en', R, 'ten dollars', 'money 10 USD'],
  ['en', R, '1.5 million euros', 'money 1500000 EUR'],
  ['en', R, '200 rubles', 'money 200 RUB'],
  ['en', R, '3 billion yen', 'money 3000000000 JPY'],
  ['en', R, 'CHF 10', 'money 10 CHF'],
  ['en', R, '500 Swiss francs', 'money 500 CHF'],
  ['en', R, '2 million British pounds', 'money 2000000 GBP'],
  ['en', R, 'INR 50', 'money 50 INR'],
  ['en', R, '100 Azerbaijani manats', 'money 100 AZN'],
  ['en', R, '$3.5 trillion', 'money 3500000000000 USD'],
  ['en', R, '$250K', 'money 250000 USD'],
  ['en', R, '17.5%', 'percent 17.5'],
  ['en', R, '5 per cent', 'percent 5'],
  ['en', R, '5 pct', 'percent 5'],
  ['en', R, 'five percent', 'percent 5'],
  ['en', R, '0.5%', 'percent 0.5'],
  ['en', R, '2.5 percentage points', 'percent 2.5'],
  ['en', R, '-3%', 'percent -3'],
  ['en', R, 'a third of trade', 'percent 33.33'],
  ['en', R, 'half of trade', 'percent 50'],
  ['en', R, 'three quarters of exports', 'percent 75'],
  ['en', R, 'twelve', 'number 12'],
  ['en', R, 'half a million', 'number 500000'],
  ['en', R, 'one hundred and twenty-three', 'number 123'],
  ['en', R, 'one hundred fifty', 'number 150'],
  ['en', R, 'twenty-five', 'number 25'],
  ['en', R, 'a dozen', 'number 12'],
  ['en', R, 'two dozen', 'number 24'],
  ['en', R, '1.5k', 'number 1500'],
  ['en', R, 'two and a half million', 'number 2500000'],
  ['en', R, 'one and a half', 'number 1.5'],
  ['en', R, '0.5', 'number 0.5'],
  ['en', R, '-5', 'number -5'],
  ['en', R, '1,000,000', 'number 1000000'],
  ['en', R, '3 million', 'number 3000000'],
  ['en', R, 'a million', 'number 1000000'],
  ['en', R, 'two thousand', 'number 2000'],
  ['en', R, 'five hundred thousand', 'number 500000'],
  ['en', R, 'forty two', 'number 42'],
  ['en', R, 'zero', 'number 0'],
  ['en', R, 'a hundred', 'number 100'],
  ['ru', R, '3,4 млрд долларов', 'money 3400000000 USD'],
  ['ru', R, '2 млн евро', 'money 2000000 EUR'],
  ['ru', R, '100 рублей', 'money 100 RUB'],
  ['ru', R, '5 тыс. руб.', 'money 5000 RUB'],
  ['ru', R, '5 миллиардов долларов США', 'money 5000000000 USD'],
  ['ru', R, '1,7 млн манатов', 'money 1700000 AZN'],
  ['ru', R, '10 млн долл. США', 'money 10000000 USD'],
  ['ru', R, '50 копеек', 'money 0.5 RUB'],
  ['ru', R, '100 юаней', 'money 100 CNY'],
  ['ru', R, '20 фунтов стерлингов', 'money 20 GBP'],
  ['ru', R, '1 млрд иен', 'money 1000000000 JPY'],
  ['ru', R, 'три миллиона рублей', 'money 3000000 RUB'],
  ['ru', R, 'полтора миллиона долларов', 'money 1500000 USD'],
  ['ru', R, '$3 млн', 'money 3000000 USD'],
  ['ru', R, '€20 млн', 'money 20000000 EUR'],
  ['ru', R, '17,5%', 'percent 17.5'],
  ['ru', R, '0,5%', 'percent 0.5'],
  ['ru', R, 'пять процентов', 'percent 5'],
  ['ru', R, '5 п.п.', 'percent 5'],
  ['ru', R, '17,5 процента', 'percent 17.5'],
  ['ru', R, 'двенадцать', 'number 12'],
  ['ru', R, 'три миллиона', 'number 3000000'],
  ['ru', R, 'двадцать пять', 'number 25'],
  ['ru', R, 'полтора миллиона', 'number 1500000'],
  ['ru', R, 'полторы тысячи', 'number 1500'],
  ['ru', R, '1,5 тыс.', 'number 1500'],
  ['ru', R, 'сто двадцать три', 'number 123'],
  ['ru', R, 'две тысячи', 'number 2000'],
  ['ru', R, 'тысяча', 'number 1000'],
  ['ru', R, 'пятьдесят тысяч', 'number 50000'],
  ['ru', R, 'десятки', 'none'],
  ['ru', R, '-5', 'number -5'],
  ['ru', R, '0,5', 'number 0.5'],
  ['ru', R, '2 млрд', 'number 2000000000'],
  ['ru', R, 'треть', 'percent 33.33'],
];

/** Text that holds no date or amount at all. */
const NOTHING: Row[] = [
  ['en', R, 'the 22nd meeting', 'none'],
  ['en', R, 'dozens of events', 'none'],
  ['en', R, 'a third country', 'none'],
  ['en', R, 'May I come in?', 'none'],
  ['en', R, 'a weekly report', 'none'],
  ['en', R, 'for the first time', 'none'],
  ['en', R, 'at 11:30', 'none'],
  ['en', R, 'state-of-the-art', 'none'],
  ['en', R, 'a few years ago', 'none'],
  ['en', R, 'many months later', 'none'],
  ['ru', R, 'несколько лет назад', 'none'],
  ['ru', R, '23-е заседание', 'none'],
  ['ru', R, 'Сегодняшний день', 'none'],
];

describe('general date forms', () => {
  it.each(DATES)('%s (reference %s): "%s" is %s', (lang, ref, text, expected) => {
    expect(mentionsOf(text, lang, ref).map(describeMention)).toEqual([expected]);
  });
});

describe('general amount forms', () => {
  it.each(AMOUNTS)('%s (reference %s): "%s" is %s', (lang, ref, text, expected) => {
    expect(mentionsOf(text, lang, ref).map(describeMention)).toEqual(expected === 'none' ? [] : [expected]);
  });
});

/** Figures next to the new forms that must keep their old reading (a dash between figures is no minus sign). */
const NOT_DATES: Row[] = [
  ['en', R, 'In 15 years of diplomatic relations', 'number 15'],
  ['en', R, 'COVID-19', 'number 19'],
  ['en', R, 'Friday, March 5, 2021', 'date 2021-03-05'],
  ['en', R, '10-15 March', 'range 2023-03-10 2023-03-15'],
  ['en', R, 'fell 5-7%', 'number 5; percent 7'],
  ['ru', R, 'за 15 лет отношений', 'number 15'],
];

describe('figures that are not the new date forms', () => {
  it.each(NOT_DATES)('%s (reference %s): "%s" is %s', (lang, ref, text, expected) => {
    expect(mentionsOf(text, lang, ref).map(describeMention)).toEqual(expected.split('; '));
  });
});

describe('what is neither a date nor an amount', () => {
  it.each(NOTHING)('%s: "%s"', (lang, ref, text) => {
    expect(mentionsOf(text, lang, ref)).toEqual([]);
  });
});
