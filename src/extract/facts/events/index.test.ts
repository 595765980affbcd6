import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';

const events = (text: string, lang: 'en' | 'ru' = 'en') => extract({ text, published: '2022-04-26', lang }).events;

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

  it('merges mentions of one meeting', () => {
    expect(events('The 20th meeting was held in Baku. The meeting discussed trade.')).toHaveLength(1);
  });

  it('finds no event in plain figures', () => {
    expect(events('Trade grew by 17.5% in 2023.')).toEqual([]);
  });
});
