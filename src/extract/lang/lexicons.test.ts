// The lexicons' wider vocabulary read through the public extract(): cities and regions of the post-Soviet space,
// roles of every portfolio, instrument heads, event nouns and indicator cues in English, Russian and Azerbaijani.
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import type { Lang } from '../../core/index.js';

const read = (text: string, lang: Lang, published: string | null = '2024-08-23') => extract({ text, published, lang });

describe('cities as venues', () => {
  it.each([
    ['The 5th meeting of the intergovernmental commission was held in Shymkent on May 5, 2023.', 'en', 'Shymkent'],
    ['The talks were held in Tabriz on May 5, 2023.', 'en', 'Tabriz'],
    ['5 мая 2023 года в Самаре состоялось заседание межправительственной комиссии.', 'ru', 'Самара'],
    ['5 мая 2023 года в Тюмени состоялось заседание межправительственной комиссии.', 'ru', 'Тюмень'],
    ['Qubada 5 may 2023-cü ildə komissiyanın iclası keçirilib.', 'az', 'Quba'],
  ] as const)('%j is held in %s', (text, lang, place) => {
    expect(read(text, lang).events).toContainEqual(expect.objectContaining({ place: expect.stringContaining(place) }));
  });

  it('tells Samarkand from Samara', () => {
    expect(read('5 мая 2023 года в Самарканде состоялось заседание комиссии.', 'ru').events)
      .toContainEqual(expect.objectContaining({ place: 'Самарканд' }));
  });
});

describe('roles', () => {
  it.each([
    ['Deputy Energy Minister of Russia Pavel Sorokin said the talks went well.', 'en', 'Pavel Sorokin', 'Minister'],
    ['Ambassador Extraordinary and Plenipotentiary of Russia Mikhail Yevdokimov attended.', 'en', 'Mikhail Yevdokimov', 'Ambassador'],
    ['Consul General of Azerbaijan Ramin Mammadov met the students.', 'en', 'Ramin Mammadov', 'Consul'],
    ['Senator Ivan Petrov visited Baku.', 'en', 'Ivan Petrov', 'Senator'],
    ['В Баку прибыл депутат Государственной Думы Иван Петров.', 'ru', 'Иван Петров', 'депутат'],
    ['Об этом сообщил генеральный консул России Андрей Смирнов.', 'ru', 'Андрей Смирнов', 'консул'],
    ['Встречу провёл аким Шымкента Габит Сыздыкбеков.', 'ru', 'Габит Сыздыкбеков', 'аким'],
    ['Görüşdə Rusiyanın vitse-premyeri Aleksey Overçuk iştirak edib.', 'az', 'Aleksey Overçuk', 'vitse-premyeri'],
    ['Tədbirdə Rusiyanın Azərbaycandakı səfiri Mixail Yevdokimov çıxış edib.', 'az', 'Mixail Yevdokimov', 'səfiri'],
  ] as const)('%j names %s as %s', (text, lang, name, role) => {
    expect(read(text, lang).people)
      .toContainEqual(expect.objectContaining({ name, role: expect.stringContaining(role) }));
  });

  it('puts a name after an oblique role in the nominative', () => {
    expect(read('Президент встретился с посланником России Андреем Смирновым.', 'ru').people)
      .toContainEqual(expect.objectContaining({ name: 'Андрей Смирнов' }));
  });
});

describe('instrument heads', () => {
  it.each([
    ['On November 23, 1999, Kazakhstan and China signed a joint communique on the border.', 'en', 'joint_statement'],
    ['The sides approved the plan of joint actions for 2024-2026.', 'en', 'action_plan'],
    ['Стороны подписали трёхстороннее заявление о разблокировании коммуникаций.', 'ru', 'joint_statement'],
    ['Стороны утвердили план совместных действий на 2024-2026 годы.', 'ru', 'action_plan'],
    ['Tərəflər İqtisadi əməkdaşlıq haqqında Anlaşma Memorandumu imzalayıblar.', 'az', 'memorandum'],
  ] as const)('%j names a %s', (text, lang, type) => {
    expect(read(text, lang).instruments).toContainEqual(expect.objectContaining({ type }));
  });
});

describe('event nouns', () => {
  it.each([
    ['Negotiations between Russia and Azerbaijan took place in Baku on May 5, 2023.', 'en', 'meeting'],
    ['The 22nd session of the intergovernmental commission took place in Baku on May 5, 2023.', 'en', 'meeting'],
    ['5 мая 2023 года в Баку прошли политические консультации министерств иностранных дел.', 'ru', 'meeting'],
    ['5 мая 2023 года в Баку открылась международная ярмарка.', 'ru', 'forum'],
    ['5 may 2023-cü ildə Bakıda XİN-lər arasında siyasi məsləhətləşmələr keçirilib.', 'az', 'meeting'],
  ] as const)('%j is a %s', (text, lang, type) => {
    expect(read(text, lang).events).toContainEqual(expect.objectContaining({ type }));
  });
});

describe('indicator cues', () => {
  it.each([
    ['In 2023, cargo turnover between Russia and Azerbaijan increased by 12 percent.', 'en', 'freight_volume', 12],
    ['In 2023, FDI from Russia to Azerbaijan amounted to $1.2 billion.', 'en', 'investment', 1.2e9],
    ['In 2023, Azerbaijan received 700,000 visitors from Russia.', 'en', 'tourist_trips', 700000],
    ['Внешнеторговый оборот России и Азербайджана в 2023 году составил 4,4 млрд долларов.', 'ru', 'trade_turnover', 4.4e9],
    ['Доля расчетов в нацвалютах между Россией и Азербайджаном в 2023 году достигла 80%.', 'ru', 'national_currency_share', 80],
    ['Azərbaycan ilə Rusiya arasında yük dövriyyəsi 2023-cü ildə 10 faiz artıb.', 'az', 'freight_volume', 10],
  ] as const)('%j measures %s', (text, lang, indicator, value) => {
    expect(read(text, lang).measurements).toContainEqual(expect.objectContaining({ indicator, value }));
  });
});
