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
});
