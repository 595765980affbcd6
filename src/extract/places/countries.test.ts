import { describe, expect, it } from 'vitest';
import { countriesIn, findPlaces } from './countries.js';

describe('findPlaces', () => {
  it.each([
    ['The trade turnover between Azerbaijan and Russia amounted to $2.9 billion', ['AZ', 'RU']],
    ['Russian-Azerbaijani cooperation', ['RU', 'AZ']],
    ['Russia-Azerbaijan ties', ['RU', 'AZ']],
    ['товарооборот между Россией и Азербайджаном', ['RU', 'AZ']],
    ['российско-азербайджанского сотрудничества', ['RU', 'AZ']],
    ['Россия и Турция намерены', ['RU', 'TR']],
    ['Azerbaijan and Türkiye', ['AZ', 'TR']],
    ['talks in Baku and Moscow', ['AZ', 'RU']],
    ['a Baku–U.S. route via St. Petersburg', ['AZ', 'US', 'RU']],
    ['RUSSIAN-CHINESE TALKS', ['RU', 'CN']],
    ['Ташкент, Бишкек и Астрахань', ['UZ', 'KG', 'RU']],
  ])('names the countries in %j', (text, codes) => {
    expect(countriesIn(text)).toEqual(codes);
  });

  it('prefers a region over the city inside its name', () => {
    const [m] = findPlaces('the Astrakhan region Governor');
    expect(m).toMatchObject({ code: 'RU-AST', kind: 'region', text: 'Astrakhan region' });
  });

  it('keeps spans that hold the matched text', () => {
    const text = 'В Астрахани состоялось заседание с участием Азербайджана.';
    for (const m of findPlaces(text)) expect(text.slice(...m.span)).toBe(m.text);
  });

  it.each(['Georgetown', 'a turkey dinner', 'Chinaware', 'Indiana'])('does not read %j as a country', (text) => {
    expect(countriesIn(text)).toEqual([]);
  });
});
