import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';

const events = (text: string, lang: 'en' | 'ru' = 'en', published: string | null = '2022-04-26') =>
  extract({ text, published, lang }).events;
const ru = (text: string) => events(text, 'ru');

describe('findEvents', () => {
  it.each([
    ['Moscow hosted the 21st meeting of the Intergovernmental Commission.', 'meeting', 'Moscow', 21],
    ['В Астрахани состоялось 23-е заседание Межправительственной комиссии.', 'meeting', 'Астрахань', 23],
    ['Maria Zakharova said during a weekly briefing.', 'statement', null, undefined],
  ])('reads %j', (text, type, place, ordinal) => {
    const [found] = events(text, /[а-я]/u.test(text) ? 'ru' : 'en');
    expect(found).toMatchObject({ type, place });
    expect(found.ordinal).toBe(ordinal);
  });

  it.each([
    ['signing', 'Today, AZPROMO and Roscongress signed a cooperation agreement.'],
    ['signing', 'Azerbaijan and Russia have signed an Action Program for 2022.'],
    ['signing', 'The document was signed by the two ministers.'],
    ['signing', 'He welcomed today`s signing the Protocol on joint measures.'],
    ['statement', 'Safarov told reporters that trade grew.'],
    ['statement', 'Badamov told "Kaspi" that the documents matter.'],
    ['statement', 'Economy Minister Mikayil Jabbarov said on September 30.'],
    ['statement', 'Valentina Matviyenko said at the 10th Russia-Azerbaijan Interregional Forum in Moscow.'],
    ['statement', 'President Ilham Aliyev has sent an appeal to the participants.'],
    ['visit', 'Tokayev thanked Aliyev for accepting the invitation to visit Astana.'],
    ['visit', 'The talks were held as part of Lavrov’s visit.'],
    ['forum', 'In November 2022, Baku hosted the 11th Russian-Azerbaijani Interregional Forum.'],
    ['other', 'On January 3, 1992, Kazakhstan established diplomatic relations with China.'],
    ['other', 'He attended the Astrakhan Business Center, which opened on December 7.'],
    ['statement', 'Как сообщил первый заместитель руководителя аппарата Сергей Приходько, стороны готовы.'],
  ])('finds a %s in %j', (type, text) => {
    expect(events(text, /[а-я]/u.test(text) ? 'ru' : 'en').map((e) => e.type)).toContain(type);
  });

  it.each([
    ['a generic count of signed documents', 'More than 230 documents have been signed between the two countries.'],
    ['agreements signed by regions, with no document named', 'Twelve Russian regions have signed agreements on trade.'],
    ['an invitation to a web page', 'For assistance, please email or visit'],
    ['a forum referred to in passing', 'The Forum is a popular platform for direct ties.'],
    ['a venue named after an exhibition', 'An aquarium will be deployed at the Exhibition Center.'],
    ['a link to a journalist’s account', 'Follow her on Twitter: @AyyaLmahamad'],
    ['an earlier meeting given no date', 'Участники подвели итоги выполнения решений предыдущей встречи.'],
    ['meetings that never took place', 'До сих пор заседаний комиссии не проводилось.'],
    ['an institution’s announcement', 'Как сообщили в Кремле, контракты заключены.'],
  ])('finds no event in %s', (_, text) => {
    expect(events(text, /[а-я]/u.test(text) ? 'ru' : 'en')).toEqual([]);
  });

  it('counts remarks made at a meeting as part of the meeting', () => {
    expect(events('Erdogan told a meeting of the cooperation council on Friday that trade grew.').map((e) => e.type))
      .toEqual(['meeting']);
    expect(events('Jabbarov said on Friday at the meeting with Babushkin that ties grow.').map((e) => e.type))
      .toEqual(['meeting']);
  });

  it('merges a back-reference into the meeting it follows', () => {
    expect(events('The 20th meeting was held in Baku. The meeting discussed trade.')).toHaveLength(1);
  });

  it('keeps a reception apart from the commission meeting held the same day', () => {
    const found = events('A meeting of the Intergovernmental Commission was held in Baku. Overchuk was received by ' +
      'President Ilham Aliyev. The talks covered transport. The 20th meeting of the Intergovernmental Commission ' +
      'was co-chaired by Overchuk.');
    expect(found.map((e) => e.type)).toEqual(['meeting', 'meeting']);
  });

  it('reads one signing from the sentences that narrate it', () => {
    const found = events('Azerbaijan and Astrakhan have signed an Action Program for 2022. The document was signed ' +
      'by the minister and the governor on December 7.', 'en', '2021-12-08');
    expect(found).toMatchObject([{ type: 'signing', date: '2021-12-07' }]);
  });

  it.each([
    ['the period a document covers', 'Uzbekistan and Russia have signed a roadmap for 2025–2030.', 'signing', '2025-12-03'],
    ['the filing date opening a stored text', 'date 2023-04-11 The presidents signed a joint statement following ' +
      'an April 10 meeting.', 'signing', '2023-04-10'],
  ])('does not date an event by %s', (_, text, type, date) => {
    expect(events(text, 'en', date.slice(0, 4) + '-12-03').find((e) => e.type === type)?.date).toBe(date);
  });

  it('dates an event by the one narrated before it, else by publication', () => {
    const found = events('The document was signed on December 7. During the meeting held, Jabbarov noted progress.',
      'en', '2021-12-08');
    expect(found.map((e) => e.date)).toEqual(['2021-12-07', '2021-12-07']);
    expect(events('Today, AZPROMO and Roscongress signed a cooperation agreement.', 'en', '2019-06-07')[0].date)
      .toBe('2019-06-07');
  });

  it('takes the venue from the dateline', () => {
    expect(events('TASHKENT, Uzbekistan, December 3. Uzbekistan and Russia have signed a roadmap.')[0].place)
      .toBe('Tashkent');
  });

  it('takes a city that is also a region as the venue, its title running past the abbreviation', () => {
    const [meeting] = events('Erdogan told a meeting of the high-level Russian-Turkish cooperation council in St. Petersburg on Friday.');
    expect(meeting).toMatchObject({ type: 'meeting', place: 'St. Petersburg' });
    expect(meeting.title).toMatch(/^meeting of the high-level Russian-Turkish cooperation council in St\. Petersburg\b/);
  });

  it('does not date an event by the period of a figure reported at it', () => {
    const found = events('Putin said at the meeting in Sochi that bilateral trade grew to $34 billion last year.', 'en', '2013-11-23');
    expect(found.map((e) => e.date)).not.toContain('2012');
  });

  it('finds no event in plain figures', () => {
    expect(events('Trade grew by 17.5% in 2023.')).toEqual([]);
    expect(ru('Товарооборот вырос на 9%.')).toEqual([]);
  });
});
