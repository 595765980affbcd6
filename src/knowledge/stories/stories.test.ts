import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/index.js';
import { estimateSimilarity, groupStories, matchStory, storySignature, type StoryItem } from './index.js';

const SENTENCES = [
  'The 22nd meeting of the Intergovernmental Commission on Economic Cooperation was held in Baku on Tuesday.',
  'It was co-chaired by Deputy Prime Ministers Shahin Mustafayev and Alexei Overchuk.',
  'The sides noted that trade turnover between the two countries grew by 17.5 percent in 2023 to $4.4 billion.',
  'Mutual freight traffic increased by 10 percent last year and by 3 percent in the first six months of this year.',
  'Azerbaijan is one of the ten main exporters of agricultural products to Russia, the co-chairs said.',
  'The parties agreed to hold the next meeting of the commission in Astrakhan next year.',
];
const STORY = SENTENCES.join(' ');

const OTHER_MEETING = [
  'The 21st meeting of the Intergovernmental Commission on Economic Cooperation was held in Moscow.',
  'The co-chairs reviewed the annual results of cooperation in industry, energy, transport and agriculture.',
  'More than 70 regions of the Russian Federation maintain trade and economic ties with Azerbaijan.',
  'In November 2022 Baku hosted the 11th Interregional Forum with over 700 participants.',
  'The Business Council organised more than ten events during the first half of 2023.',
  'The sides agreed to develop the North-South transport corridor and to expand freight by rail.',
].join(' ');

const item = (id: string, text: string, published: string | null = null, lang: Lang = 'en'): StoryItem =>
  ({ id, signature: storySignature(text, lang), published, length: text.length });

const grouped = (...items: StoryItem[]): string[][] =>
  groupStories(items).map((story) => [...story.documents].sort());

describe('copies of one story', () => {
  const copies: Array<[name: string, copy: string]> = [
    ['an identical text', STORY],
    ['the text under another headline and with another tail',
      `Baku hosts Russia-Azerbaijan commission\n\n${STORY}\n\nRead more news on our website. Subscribe to our channel.`],
    ['a rewrite with its sentences reordered', [2, 0, 4, 1, 5, 3].map((i) => SENTENCES[i]).join('\n\n')],
    ['a copy cut after four sentences', SENTENCES.slice(0, 4).join(' ')],
  ];
  it.each(copies)('groups %s with the original', (_, copy) => {
    expect(grouped(item('original', STORY), item('copy', copy))).toEqual([['copy', 'original']]);
  });

  it('keeps apart an article on another meeting of the same commission', () => {
    expect(grouped(item('22nd', STORY), item('21st', OTHER_MEETING))).toEqual([['22nd'], ['21st']]);
  });
});

describe('translations', () => {
  const russian = [
    'В Баку во вторник прошло 22-е заседание Межправительственной комиссии по экономическому сотрудничеству.',
    'Товарооборот двух стран в 2023 году вырос на 17,5 процента, до 4,4 млрд долларов.',
    'Взаимные грузоперевозки в прошлом году выросли на 10 процентов, а за первые шесть месяцев этого года — на 3 процента.',
  ].join(' ');
  const original = item('en', STORY, '2024-08-20');

  it('matches a Russian translation by its figures when published within the window', () => {
    const translation = item('ru', russian, '2024-08-21', 'ru');
    expect(matchStory(original, translation)).toEqual({ similarity: 1, by: 'anchors' });
  });

  it('does not match it when published months apart', () => {
    const translation = item('ru', russian, '2024-12-01', 'ru');
    expect(matchStory(original, translation)).toBeNull();
  });

  it('matches an undated translation', () => {
    const translation = item('ru', russian, null, 'ru');
    expect(matchStory(original, translation)?.by).toBe('anchors');
  });
});

describe('storySignature', () => {
  it('is plain data that survives a JSON round trip', () => {
    const signature = storySignature(STORY, 'en');
    expect(JSON.parse(JSON.stringify(signature))).toEqual(signature);
    expect(signature.wording).toHaveLength(128);
    expect(signature.bands.length).toBeGreaterThan(64);
  });

  it('ignores case, punctuation and how digits are written', () => {
    const a = storySignature(STORY, 'en');
    const b = storySignature(STORY.toUpperCase().replace(/[.,]/g, ' ').replace(/\d/g, '7'), 'en');
    expect(estimateSimilarity(a, b)).toBe(1);
  });
});

describe('groupStories', () => {
  it('names the earliest published copy canonical, then the longest', () => {
    const [story] = groupStories([
      item('late', STORY, '2024-08-22'),
      item('longer', `${STORY} Read more on our website today.`, '2024-08-21'),
      item('early', STORY, '2024-08-21'),
    ]);
    expect(story.canonical).toBe('longer');
    expect(story.documents).toEqual(['longer', 'late', 'early']);
  });

  it('gives a story the same id whatever the order of its documents', () => {
    const a = item('a', STORY, '2024-08-20');
    const b = item('b', SENTENCES.slice(0, 4).join(' '), '2024-08-21');
    expect(groupStories([a, b])[0].story).toBe(groupStories([b, a])[0].story);
  });

  it('gives a document without copies a story of its own with similarity 1', () => {
    expect(groupStories([item('alone', STORY)])).toEqual([
      { story: expect.stringMatching(/^story_/), canonical: 'alone', documents: ['alone'], similarity: 1 },
    ]);
  });

  it('reports the weakest match of a copy with the canonical', () => {
    const full = item('full', STORY);
    const cut = item('cut', SENTENCES.slice(0, 4).join(' '));
    const headed = item('headed', `Commission meets in Baku\n\n${STORY}`);
    const [story] = groupStories([full, cut, headed]);
    const weakest = Math.min(...[full, cut].map((copy) => matchStory(headed, copy)?.similarity ?? 0));
    expect(story.canonical).toBe('headed');
    expect(story.similarity).toBe(weakest);
  });
});
