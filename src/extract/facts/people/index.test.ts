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

  it.each([
    ['gives each of a plural role the singular', 'The efforts of Presidents Ilham Aliyev and Recep Tayyip Erdogan matter.',
      [['Ilham Aliyev', 'President'], ['Recep Tayyip Erdogan', 'President']]],
    ['gives a counterpart the role of the person named before', 'Foreign Minister Elmar Mammadyarov met his Russian counterpart Sergey Lavrov.',
      [['Elmar Mammadyarov', 'Foreign Minister'], ['Sergey Lavrov', 'Foreign Minister']]],
    ['gives the last speaker the role a later "the minister said" states', 'Mustafayev said that trade grew. "We are sure of it," the minister said.',
      [['Mustafayev', 'minister']]],
    ['gives the last speaker the role a later "добавил представитель Кремля" states',
      '«Товарооборот вырос», — сказал Ушаков журналистам. Он указал на это. «Проекты идут», — добавил представитель Кремля.',
      [['Ушаков', 'представитель Кремля']]],
  ])('%s', (_rule, text, expected) => {
    expect(people(text, /[а-я]/u.test(text) ? 'ru' : 'en').map((p) => [p.name, p.role])).toEqual(expected);
  });

  it.each([
    ['a role with no speaker before it', 'Trade grew. "We are sure of it," the minister said.'],
    ['a role followed by a name after the verb', '«Товарооборот вырос», — сказал президент Путин журналистам.'],
    ['a pronoun as the speaker', '«Товарооборот вырос», — сказал он. «Проекты идут», — добавил представитель Кремля.'],
  ])('finds no anaphoric person for %s', (_rule, text) => {
    expect(people(text, /[а-я]/u.test(text) ? 'ru' : 'en').filter((p) => p.role !== 'президент')).toEqual([]);
  });
});
