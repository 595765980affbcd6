import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../core/index.js';
import { extract } from '../../index.js';

const instruments = (text: string, lang: 'en' | 'ru' = 'en') =>
  extract({ text, published: '2024-01-24', lang }).instruments;

describe('findInstruments', () => {
  it.each([
    ['In Moscow, the presidents signed a Declaration on Allied Cooperation between Russia and Azerbaijan.',
      'declaration', 'Declaration on Allied Cooperation between Russia and Azerbaijan'],
    ['The Action Plan for the development of key areas of cooperation until 2024 is being implemented.',
      'action_plan', 'Action Plan for the development of key areas of cooperation until 2024'],
    ['Обсудили ход реализации Плана мероприятий по развитию сотрудничества на 2024-2026 годы.',
      'action_plan', 'Плана мероприятий по развитию сотрудничества на 2024-2026 годы'],
  ])('reads the title in %j', (text, type, title) => {
    const [found] = instruments(text, /[а-я]/u.test(text) ? 'ru' : 'en');
    expect(found).toMatchObject({ type, title });
    expect(spanHolds(text, found.span, found.quote)).toBe(true);
  });

  it('takes the place of signing', () => {
    expect(instruments('In Moscow, the presidents signed a Declaration on Allied Cooperation.')[0].place).toBe('Moscow');
  });

  it.each(['The action plan includes six road maps for trade.', 'Over 150 agreements are in the legal base.'])(
    'finds no instrument in the count %j', (text) => expect(instruments(text)).toEqual([]));

  it.each([
    ['reads "roadmap" written as one word', 'Uzbekistan and Russia have signed a roadmap on trade.', 'roadmap on trade'],
    ['runs a title on through "aimed at"', 'They signed a roadmap aimed at strengthening interregional cooperation for 2025–2030.',
      'roadmap aimed at strengthening interregional cooperation for 2025–2030'],
    ['runs a title on into its signatories, roles trimmed',
      "He spoke about the road map signed by Russia's Deputy Prime Minister Alexei Overchuk and Azerbaijan's Deputy Prime Minister Shahin Mustafayev, the service said.",
      'road map signed by Alexei Overchuk and Shahin Mustafayev'],
    ['completes a session protocol with the commission named elsewhere',
      'A meeting of the joint intergovernmental commission on economic cooperation took place. The sides signed a protocol of the 8th meeting.',
      'protocol of the 8th meeting of the joint intergovernmental commission on economic cooperation'],
  ])('%s', (_rule, text, title) => expect(instruments(text).map((i) => i.title)).toContain(title));

  it.each([
    ['keeps a bare title when "signed by" names no person', 'The road map signed by the ministries was discussed.', 'road map'],
    ['leaves a session protocol alone when no commission is named', 'The sides signed a protocol of the 8th meeting.', 'protocol of the 8th meeting'],
  ])('%s', (_rule, text, title) => expect(instruments(text).map((i) => i.title)).toEqual([title]));
});
