import { describe, expect, it } from 'vitest';
import { extract } from '../../index.js';

const people = (text: string, lang: 'en' | 'ru' = 'en') => extract({ text, published: '2024-01-24', lang }).people;

describe('findPeople', () => {
  it.each([
    ["Russia's Deputy Prime Minister Alexei Overchuk arrived.", 'Alexei Overchuk', 'Deputy Prime Minister', 'RU'],
    ['He met President of Azerbaijan Ilham Aliyev.', 'Ilham Aliyev', 'President of Azerbaijan', 'AZ'],
    ['Liu Yandong, Vice-Chairman of CPPCC, leads it.', 'Liu Yandong', 'Vice-Chairman of CPPCC', null],
    ['Под председательством вице-премьера России Алексея Оверчука.', 'Алексей Оверчук', 'вице-премьера России', 'RU'],
  ])('reads %j', (text, name, role, country) => {
    expect(people(text, /[а-я]/u.test(text) ? 'ru' : 'en')).toEqual([
      expect.objectContaining({ name, role, country, quote: text }),
    ]);
  });

  it('keeps one entry per person', () => {
    expect(people('President Vladimir Putin spoke. Later President Putin left.')).toHaveLength(1);
  });

  it.each(['Vladimir Putin spoke.', 'The Professor of the Department of Business Management spoke.'])(
    'finds no person with a role in %j', (text) => expect(people(text)).toEqual([]));
});
