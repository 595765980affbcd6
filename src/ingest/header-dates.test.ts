import { describe, expect, it } from 'vitest';
import { publicationDay } from './header-dates.js';
import { headerLines } from './metadata.js';

const published = (text: string) => publicationDay(headerLines(text));

describe('publication day from header lines', () => {
  it.each([
    ['the scraper stamp', ' date 2022-04-05 By Azernews\n\nBy Sabina Mammadli', '2022-04-05'],
    ['a day, month and time', '7 November 2022 10:19 (UTC+04:00)\n\nBy Ayya Lmahamad', '2022-11-07'],
    ['a Markdown heading with a time', '# 28 May 2020 16:29 (UTC +04:00)\n\nText.', '2020-05-28'],
    ['year first', '2022 November 18 11:04\n\nTransit of Russian cargo rose', '2022-11-18'],
    ['a numeric day at the start of the text', '17.01.2009 Товарооборот между Россией и Узбекистаном вырос', '2009-01-17'],
    ['a Russian dateline with a time', '29 мая 2019, 21:06\n\nМедведев примет участие', '2019-05-29'],
    ['a date followed by a time inside a long first line', 'Россия и Турция ![]() 21 января 2011 - 09:33 AMT PanARMENIAN.Net - Россия', '2011-01-21'],
    ['a lower-case month name', 'VLADIMIR PUTIN\n\nInternational Visits\n\n12 october, 2009 18:44\n\nCharter', '2009-10-12'],
    ['a place dateline with a year', 'BAKU, Azerbaijan, Feb. 21, 2022\n\nText follows.', '2022-02-21'],
    ['a yearless dateline and a year line', 'RUSSIA, April 26 -\n2022\nA meeting was held.', '2022-04-26'],
  ])('reads %s', (_name, text, expected) => {
    expect(published(text)).toBe(expected);
  });

  it.each([
    ['a yearless dateline', 'RUSSIA, April 26 - A meeting of the Intergovernmental Commission was held in Baku.'],
    ['a yearless place dateline', 'BAKU, Azerbaijan, Feb. 21\n\nBy Sadraddin Aghjayev – Trend:'],
    ['a yearless time stamp', '24 Jan. 11:30 (UTC+3 MSK)\n\nA road map was signed.'],
    ['a month-only stamp', ' date 2024-08 Bakıda Rusiya-Azərbaycan komissiyasının iclası keçirilib.'],
    ['a date inside a sentence', 'China-Kazakhstan relations\n\nOn January 3, 1992, Kazakhstan established relations.'],
    ['a date opening a sentence', '22 февраля 2022 года президенты подписали декларацию.'],
    ['an impossible day', '31.02.2020 Text'],
  ])('gives no day for %s', (_name, text) => {
    expect(published(text)).toBeNull();
  });
});
