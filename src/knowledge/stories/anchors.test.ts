import { describe, expect, it } from 'vitest';
import { sharedAnchors, storyAnchors } from './anchors.js';

describe('storyAnchors', () => {
  it('keeps amounts, percentages and counts of a hundred or more, sorted', () => {
    expect(storyAnchors('Trade grew 17.5% to $4.4 billion; more than 260 documents.', 'en'))
      .toEqual(['17.5%', '260', '4400000000']);
  });

  it('drops years, days, ordinals and small counts, which every article on the topic has', () => {
    expect(storyAnchors('On February 22, 2022 the 22nd meeting approved 6 road maps.', 'en')).toEqual([]);
  });

  it('gives a translation the same anchors as its original', () => {
    const english = 'Trips grew by 22,000 (6 percent) to 418,000; Ukraine had 3.424 million.';
    const russian = 'Число поездок выросло на 22 тыс. (6 процентов), до 418 тыс.; у Украины 3,424 млн.';
    expect(storyAnchors(russian, 'ru')).toEqual(storyAnchors(english, 'en'));
  });
});

describe('sharedAnchors', () => {
  it('counts a repeated anchor as often as both sides have it', () => {
    expect(sharedAnchors(['418000', '418000', '6%'], ['418000', '6%', '780000'])).toBe(2);
  });
});
