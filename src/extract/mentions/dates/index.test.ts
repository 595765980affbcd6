import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../core/index.js';
import { findDateMentions } from './index.js';

type Expected = [text: string, value: string | [start: string, end: string], extra?: Record<string, unknown>];

/** The one mention found in `sentence`, as [matched text, value or [start, end], open/precision]. */
function only(sentence: string, lang: Lang, published: string | null) {
  const { mentions } = findDateMentions(sentence, { lang, published });
  expect(mentions).toHaveLength(1);
  const m = mentions[0]!;
  expect(sentence.slice(m.span[0], m.span[1])).toBe(m.text);
  return m;
}

function check(lang: Lang, published: string | null, [text, value, extra]: Expected, sentence: string) {
  const m = only(sentence, lang, published);
  expect(m.text).toBe(text);
  expect(m.span[0]).toBe(sentence.indexOf(text));
  if (typeof value === 'string') expect(m).toMatchObject({ kind: 'date', value });
  else expect(m).toMatchObject({ kind: 'date_range', start: value[0], end: value[1], ...extra });
}

describe('findDateMentions: single days', () => {
  it.each<[string, string, Expected]>([
    ['en', 'It happened on February 22, 2022.', ['February 22, 2022', '2022-02-22']],
    ['en', 'Signed on 22 February 2022 in Moscow.', ['22 February 2022', '2022-02-22']],
    ['en', 'Dated 04th Jan 2019.', ['04th Jan 2019', '2019-01-04']],
    ['en', 'Baku, Jan. 24, 2024 (Trend).', ['Jan. 24, 2024', '2024-01-24']],
    ['en', 'Updated 2022-04-05 at noon.', ['2022-04-05', '2022-04-05']],
    ['ru', 'Опубликовано 05.04.2022 в Баку.', ['05.04.2022', '2022-04-05']],
    ['ru', 'Встреча прошла 24 января 2024 года в Москве.', ['24 января 2024 года', '2024-01-24']],
    ['en', 'On February 29, 2024 the plan was signed.', ['February 29, 2024', '2024-02-29']],
  ])('%s: %s', (lang, sentence, expected) => check(lang as Lang, '2024-06-01', expected, sentence));

  it.each<[string, string, string, Expected]>([
    ['ru', '2021-12-08', 'Документ подписан 7 декабря.', ['7 декабря', '2021-12-07']],
    ['en', '2022-04-05', 'On February 22 this year the declaration was signed.', ['February 22 this year', '2022-02-22']],
    ['en', '2024-01-24', 'The talks took place yesterday.', ['yesterday', '2024-01-23']],
    ['en', '2024-03-01', 'He said today that trade grew.', ['today', '2024-03-01']],
    ['ru', '2024-03-01', 'Об этом вчера сообщил министр.', ['вчера', '2024-02-29']],
    ['ru', '2024-01-01', 'Как стало известно сегодня, план выполнен.', ['сегодня', '2024-01-01']],
    ['en', '2024-01-05', 'The forum opened on December 28.', ['December 28', '2023-12-28']],
    ['ru', '2009-01-17', 'Визит состоится 22 января.', ['22 января', '2009-01-22']],
  ])('%s, published %s: %s', (lang, published, sentence, expected) => {
    check(lang as Lang, published, expected, sentence);
    expect(only(sentence, lang as Lang, published)).toMatchObject({ relative: true });
  });

  it('gives the trailing year of a list to the items before it that lack one', () => {
    const text = 'Road maps were signed on November 10, 2020, January 11 and November 26, 2021.';
    const { mentions } = findDateMentions(text, { lang: 'en', published: null });
    expect(mentions.map((m) => (m.kind === 'date' ? m.value : ''))).toEqual(['2020-11-10', '2021-01-11', '2021-11-26']);
  });
});

describe('findDateMentions: months, quarters, halves and years', () => {
  it.each<[string, string, Expected]>([
    ['en', 'Trade grew in 2021 by 10%.', ['2021', ['2021-01-01', '2021-12-31'], { precision: 'year' }]],
    ['ru', 'Итоги за 2022 год подведены.', ['2022 год', ['2022-01-01', '2022-12-31'], { precision: 'year' }]],
    ['ru', 'Товарооборот в 2021 году вырос.', ['2021 году', ['2021-01-01', '2021-12-31'], { precision: 'year' }]],
    ['en', 'In December 2021 the sides met.', ['December 2021', ['2021-12-01', '2021-12-31'], { precision: 'month' }]],
    ['ru', 'Стороны встретились в декабре 2021 года.', ['декабре 2021 года', ['2021-12-01', '2021-12-31']]],
    ['en', 'In the first quarter of 2020 exports fell.', ['the first quarter of 2020', ['2020-01-01', '2020-03-31'],
      { precision: 'quarter' }]],
    ['en', 'Exports fell in Q1 2020.', ['Q1 2020', ['2020-01-01', '2020-03-31'], { precision: 'quarter' }]],
    ['ru', 'В I квартале 2023 г. экспорт вырос.', ['I квартале 2023 г.', ['2023-01-01', '2023-03-31']]],
    ['en', 'In the first half of 2019 trips rose.', ['the first half of 2019', ['2019-01-01', '2019-06-30'],
      { precision: 'half' }]],
    ['en', 'Trips rose in H1 2019.', ['H1 2019', ['2019-01-01', '2019-06-30'], { precision: 'half' }]],
    ['ru', 'в первом полугодии 2023 года рост', ['первом полугодии 2023 года', ['2023-01-01', '2023-06-30']]],
    ['en', 'It was signed in February 2024.', ['February 2024', ['2024-02-01', '2024-02-29']]],
  ])('%s: %s', (lang, sentence, expected) => check(lang as Lang, '2024-06-01', expected, sentence));

  it.each<[string, string, string, Expected]>([
    ['ru', '2023-05-10', 'Во втором квартале пройдёт форум.', ['втором квартале', ['2023-04-01', '2023-06-30']]],
    ['en', '2024-01-24', 'Trade grew last year.', ['last year', ['2023-01-01', '2023-12-31']]],
    ['en', '2024-01-24', 'They will meet next year.', ['next year', ['2025-01-01', '2025-12-31']]],
    ['en', '2024-01-24', 'Plans for this year are set.', ['this year', ['2024-01-01', '2024-12-31']]],
    ['ru', '2024-01-24', 'Рост в прошлом году составил 5%.', ['прошлом году', ['2023-01-01', '2023-12-31']]],
    ['ru', '2024-01-24', 'План в текущем году выполнен.', ['текущем году', ['2024-01-01', '2024-12-31']]],
    ['en', '2024-07-01', 'The meeting was held in April.', ['April', ['2024-04-01', '2024-04-30']]],
  ])('%s, published %s: %s', (lang, published, sentence, expected) => {
    check(lang as Lang, published, expected, sentence);
  });
});

describe('findDateMentions: ranges', () => {
  it.each<[string, string, string | null, Expected]>([
    ['en', 'Turnover in January-November 2021 rose.', null, ['January-November 2021', ['2021-01-01', '2021-11-30']]],
    ['en', 'Turnover in January–November 2021 rose.', null, ['January–November 2021', ['2021-01-01', '2021-11-30']]],
    ['ru', 'В январе-ноябре 2021 года оборот вырос.', null, ['январе-ноябре 2021 года', ['2021-01-01', '2021-11-30']]],
    ['ru', 'за январь–май 2024 года экспорт', null, ['январь–май 2024 года', ['2024-01-01', '2024-05-31']]],
    ['en', 'The fair runs from 4 to 22 November.', '2021-11-01', ['from 4 to 22 November', ['2021-11-04', '2021-11-22'],
      { precision: 'day' }]],
    ['ru', 'Выставка пройдёт с 1 по 15 марта 2021 года.', null, ['с 1 по 15 марта 2021 года', ['2021-03-01', '2021-03-15']]],
    ['en', 'The 2018-2020 program ended.', null, ['2018-2020', ['2018-01-01', '2020-12-31'], { precision: 'year' }]],
    ['ru', 'Программа на 2024–2026 годы принята.', null, ['2024–2026 годы', ['2024-01-01', '2026-12-31']]],
    ['en', 'The plan runs from 2022 to 2024.', null, ['from 2022 to 2024', ['2022-01-01', '2024-12-31']]],
    ['en', 'Trade for 10 months of 2008 grew.', null, ['for 10 months of 2008', ['2008-01-01', '2008-10-31']]],
    ['ru', 'Оборот за 10 месяцев вырос.', '2008-11-20', ['за 10 месяцев', ['2008-01-01', '2008-10-31']]],
    ['en', 'It grew over 9 months of last year.', '2024-01-24', ['over 9 months of last year',
      ['2023-01-01', '2023-09-30'], { relative: true }]],
    ['ru', 'за 9 месяцев прошлого года', '2024-01-24', ['за 9 месяцев прошлого года', ['2023-01-01', '2023-09-30']]],
    ['en', 'Cargo grew since the beginning of the year.', '2022-11-18', ['since the beginning of the year',
      ['2022-01-01', '2022-11-18']]],
    ['ru', 'С начала года рост составил 5%.', '2022-11-18', ['С начала года', ['2022-01-01', '2022-11-18']]],
    ['en', 'Plans in the next two to three years.', '2024-01-24', ['in the next two to three years',
      ['2025-01-01', '2027-12-31'], { relative: true }]],
    ['ru', 'в ближайшие два-три года', '2024-01-24', ['в ближайшие два-три года', ['2025-01-01', '2027-12-31']]],
    ['en', 'Between January and October 2022, trade grew.', null, ['Between January and October 2022',
      ['2022-01-01', '2022-10-31']]],
    ['en', 'Trade doubled between 2018 and 2020.', null, ['between 2018 and 2020', ['2018-01-01', '2020-12-31']]],
    ['en', 'Held between 1 and 15 March 2021.', null, ['between 1 and 15 March 2021', ['2021-03-01', '2021-03-15']]],
    ['ru', 'Оборот вырос между 2018 и 2020 годами.', null, ['между 2018 и 2020 годами', ['2018-01-01', '2020-12-31']]],
    ['en', 'From January 1 till December 26, 2021, exports grew.', null, ['From January 1 till December 26, 2021',
      ['2021-01-01', '2021-12-26'], { precision: 'day' }]],
    ['en', 'Held from March 28 to April 2, 2022.', null, ['from March 28 to April 2, 2022', ['2022-03-28', '2022-04-02']]],
    ['en', 'Trade grew over the past five years.', '2024-01-24', ['over the past five years', ['2019-01-01', '2023-12-31'],
      { relative: true }]],
    ['en', 'Investment doubled in the last 3 years.', '2022-06-01', ['in the last 3 years', ['2019-01-01', '2021-12-31']]],
    ['ru', 'Оборот вырос за последние 10 лет.', '2024-01-24', ['за последние 10 лет', ['2014-01-01', '2023-12-31']]],
  ])('%s: %s', (lang, sentence, published, expected) => check(lang as Lang, published, expected, sentence));

  it.each<[string, string, Array<[string, string]>]>([
    ['en', 'Trade grew in 2020 and 2021.', [['2020', '2020-12-31'], ['2021', '2021-12-31']]],
    ['en', 'Forums were held in 2019, 2020 and 2022.', [['2019', '2019-12-31'], ['2020', '2020-12-31'], ['2022', '2022-12-31']]],
    ['en', 'Deliveries in 2020 and 2021 tonnes of grain.', [['2020', '2020-12-31']]],
    ['ru', 'Форумы прошли в 2019 и 2021 годах.', [['2019', '2019-12-31'], ['2021 годах', '2021-12-31']]],
  ])('%s: each year of a list in "%s"', (lang, text, expected) => {
    const { mentions } = findDateMentions(text, { lang: lang as Lang, published: null });
    expect(mentions.map((m) => [m.text, m.kind === 'date_range' ? m.end : m.value])).toEqual(expected);
  });

  it.each<[string, string]>([
    ['en', 'Exports grew from 423,800 tons to 539,700 tons, compared to 2020.'],
    ['en', 'Exports grew 5% compared with 2020.'],
    ['en', 'Trade was higher than in 2020.'],
  ])('%s: finds the base year of a comparison in "%s"', (lang, text) => {
    expect(only(text, lang as Lang, null)).toMatchObject({ text: '2020', start: '2020-01-01', end: '2020-12-31' });
  });
});

describe('findDateMentions: open ranges', () => {
  it.each<[string, string, Expected]>([
    ['en', 'The Action Plan until 2024 works.', ['until 2024', ['2024-01-01', '2024-12-31'], { open: 'start' }]],
    ['en', 'A plan up to 2024.', ['up to 2024', ['2024-01-01', '2024-12-31'], { open: 'start' }]],
    ['en', 'Cooperation for the period up to 2024.', ['for the period up to 2024', ['2024-01-01', '2024-12-31'],
      { open: 'start' }]],
    ['en', 'Valid through 2024.', ['through 2024', ['2024-01-01', '2024-12-31'], { open: 'start' }]],
    ['en', 'Valid till 2024.', ['till 2024', ['2024-01-01', '2024-12-31'], { open: 'start' }]],
    ['ru', 'План до 2024 года утверждён.', ['до 2024 года', ['2024-01-01', '2024-12-31'], { open: 'start' }]],
    ['en', 'By the end of 2023, the share was 57.8%.', ['By the end of 2023', ['2023-01-01', '2023-12-31'],
      { precision: 'year' }]],
    ['ru', 'К концу 2023 года доля составила 57,8%.', ['К концу 2023 года', ['2023-01-01', '2023-12-31']]],
    ['en', 'Partners since 2018.', ['since 2018', ['2018-01-01', '2018-12-31'], { open: 'end' }]],
    ['ru', 'Работает с 2018 года.', ['с 2018 года', ['2018-01-01', '2018-12-31'], { open: 'end' }]],
  ])('%s: %s', (lang, sentence, expected) => check(lang as Lang, null, expected, sentence));

  it('reads "по сравнению с 2020 годом" as a comparison, not an open range', () => {
    const m = only('Рост по сравнению с 2020 годом составил 5%.', 'ru', null);
    expect(m).toMatchObject({ text: '2020 годом' });
    expect(m).not.toHaveProperty('open');
  });
});

describe('findDateMentions: what is not a date', () => {
  it.each<[string, string]>([
    ['en', 'Over 150 agreements are in the legal base.'],
    ['en', 'Turnover reached $2.9 billion, up 1.7 times.'],
    ['en', 'Some 2,000 people and 2019 tonnes of cargo.'],
    ['en', 'It grew by 15% to 2020 units.'],
    ['en', 'The session opened at 11:30 (UTC+04:00).'],
    ['en', 'Call +7 495 2021 2022 for details.'],
    ['en', 'Deliveries up to 2000 tonnes were agreed.'],
    ['ru', 'Товарооборот составил 2020 млн долларов.'],
    ['ru', 'Поставки до 2000 тонн в год.'],
    ['en', 'Trade was higher than 2020 tonnes.'],
  ])('%s: %s', (lang, text) => {
    expect(findDateMentions(text, { lang: lang as Lang, published: '2024-01-24' }).mentions).toEqual([]);
  });

  it.each<[string, string]>([
    ['en', 'The talks took place yesterday.'],
    ['en', 'They will meet on February 22.'],
    ['ru', 'Встреча пройдёт в прошлом году.'],
    ['en', 'AZERBAIJAN, February 28 - Dear participants of the forum,'],
    ['en', 'Trade grew over the past five years.'],
  ])('without a publication date, %s "%s" is a diagnostic, not a guess', (lang, text) => {
    const { mentions, diagnostics } = findDateMentions(text, { lang: lang as Lang, published: null });
    expect(mentions).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['date/no-reference']);
  });
});

describe('findDateMentions over the corpus', () => {
  const corpus = '/work/shared/corpus';
  const texts = ['seeds', 'dev'].flatMap((dir) =>
    readdirSync(`${corpus}/${dir}`).filter((f) => f.endsWith('.txt')).map((f) => `${corpus}/${dir}/${f}`));

  it.each(texts)('%s: spans hold their text, sorted and apart', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const [lang, published] of [['en', '2022-04-05'], ['ru', null]] as const) {
      const { mentions } = findDateMentions(text, { lang, published });
      mentions.forEach((m, i) => {
        expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
        if (i > 0) expect(m.span[0]).toBeGreaterThanOrEqual(mentions[i - 1]!.span[1]);
      });
    }
  });
});
