// Russian names of the countries and regions the corpus speaks of, as stems that cover the cases
// ("Росси" → России, Россией, Россия; "азербайджанск" → азербайджанская, -ого…). ISO 3166-1/-2 codes.
import type { PlaceLexicon } from '../../places/lexicon.js';

const CASE_ENDING = '[а-яё]*';

export const places: PlaceLexicon = {
  stemEnding: CASE_ENDING,
  countries: [
    { code: 'RU', names: ['Российская Федерация', 'Российской Федерации', 'Российскую Федерацию', 'Российской Федерацией', 'Росси', 'РФ'], adjectives: ['российск', 'русск'], cities: ['Москв', 'Санкт-Петербург', 'Сочи', 'Казан', 'Махачкал', 'Астрахан', 'Кремл'] },
    { code: 'AZ', names: ['Азербайджанская Республика', 'Азербайджанской Республики', 'Азербайджан'], adjectives: ['азербайджанск'], cities: ['Баку', 'Гяндж', 'Сумгаит', 'Шуш', 'Нахчыван', 'Нахичеван'] },
    { code: 'AM', names: ['Армени'], adjectives: ['армянск'], cities: ['Ереван'] },
    { code: 'GE', names: ['Грузи'], adjectives: ['грузинск'], cities: ['Тбилиси', 'Батуми'] },
    { code: 'TR', names: ['Турци', 'Туркийе'], adjectives: ['турецк'], cities: ['Анкар', 'Стамбул'] },
    { code: 'KZ', names: ['Казахстан'], adjectives: ['казахстанск', 'казахск'], cities: ['Астан', 'Алматы', 'Нур-Султан'] },
    { code: 'UZ', names: ['Узбекистан'], adjectives: ['узбекск', 'узбекистанск'], cities: ['Ташкент', 'Самарканд', 'Бухар'] },
    { code: 'TM', names: ['Туркмени', 'Туркменистан'], adjectives: ['туркменск'], cities: ['Ашхабад'] },
    { code: 'KG', names: ['Киргизи', 'Кыргызстан'], adjectives: ['киргизск', 'кыргызск'], cities: ['Бишкек'] },
    { code: 'TJ', names: ['Таджикистан'], adjectives: ['таджикск'], cities: ['Душанбе'] },
    { code: 'BY', names: ['Беларус', 'Белорусси'], adjectives: ['белорусск'], cities: ['Минск'] },
    { code: 'UA', names: ['Украин'], adjectives: ['украинск'], cities: ['Киев'] },
    { code: 'CN', names: ['Кита', 'КНР'], adjectives: ['китайск'], cities: ['Пекин', 'Шанха'] },
    { code: 'IR', names: ['Иран'], adjectives: ['иранск'], cities: ['Тегеран'] },
    { code: 'IN', names: ['Инди'], adjectives: ['индийск'], cities: ['Нью-Дели'] },
    { code: 'US', names: ['США', 'Соединённые Штаты', 'Соединенные Штаты'], adjectives: ['американск'], cities: ['Вашингтон'] },
  ],
  regions: [
    { code: 'RU-AST', names: ['Астраханск[а-яё]* област', 'Астраханск'], adjectives: [] },
    { code: 'RU-DA', names: ['Дагестан'], adjectives: ['дагестанск'] },
    { code: 'RU-TA', names: ['Татарстан'], adjectives: ['татарстанск'] },
    { code: 'RU-BA', names: ['Башкортостан', 'Башкири'], adjectives: ['башкирск'] },
  ],
};
