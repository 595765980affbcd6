import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/index.js';
import { storyFigures } from './figures.js';

describe('storyFigures', () => {
  const cases: Array<[text: string, lang: Lang, figures: string[]]> = [
    ['trade reached $2.9 billion', 'en', ['2900000000']],
    ['оборот составил 2,9 млрд долларов', 'ru', ['2900000000']],
    ['ticarət dövriyyəsi 4,4 milyard ABŞ dolları', 'az', ['4400000000']],
    ['with 418,000 trips', 'en', ['418000']],
    ['418 000 поездок', 'ru', ['418000']],
    ['Ukraine (3.424 million trips)', 'en', ['3424000']],
    ['Украина (3,424 млн поездок)', 'ru', ['3424000']],
    ['increased by 22 тыс.', 'ru', ['22000']],
    ['grew by 5.5% and 6 percent', 'en', ['5.5%', '6%']],
    ['artaraq 17,5 faiz', 'az', ['17.5%']],
    ['на 6 процентов', 'ru', ['6%']],
    ['2022-ci il fevralın 22-də', 'az', ['2022', '22']],
    ['statements of November 26, 2021', 'en', ['26', '2021']],
  ];
  it.each(cases)('reads %j (%s) as %j', (text, lang, figures) => {
    expect(storyFigures(text, lang)).toEqual(figures);
  });

  it('reads nothing from a text without digits', () => {
    expect(storyFigures('Twelve Russian regions have signed agreements.', 'en')).toEqual([]);
  });
});
