// English names of the countries and regions the corpus speaks of: names, adjectives and cities, as regex
// sources matched at word starts, case-sensitive (capitalised proper names). ISO 3166-1/-2 codes.
import type { PlaceLexicon } from '../../places/lexicon.js';

export const places: PlaceLexicon = {
  countries: [
    { code: 'RU', names: ['Russian Federation', 'Russia', 'RF'], adjectives: ['Russian', 'Russia-', 'Russo-'], cities: ['Moscow', 'St\\.? Petersburg', 'Saint Petersburg', 'Sochi', 'Kazan', 'Makhachkala', 'Astrakhan', 'Yekaterinburg', 'Novosibirsk', 'Kremlin'] },
    { code: 'AZ', names: ['Republic of Azerbaijan', 'Azerbaijan'], adjectives: ['Azerbaijani', 'Azeri', 'Azerbaijan-'], cities: ['Baku', 'Ganja', 'Sumgait', 'Shusha', 'Nakhchivan', 'Lankaran', 'Gabala', 'Absheron'] },
    { code: 'AM', names: ['Armenia'], adjectives: ['Armenian'], cities: ['Yerevan'] },
    { code: 'GE', names: ['Georgia'], adjectives: ['Georgian'], cities: ['Tbilisi', 'Batumi'] },
    { code: 'TR', names: ['Türkiye', 'Turkiye', 'Turkey'], adjectives: ['Turkish'], cities: ['Ankara', 'Istanbul'] },
    { code: 'KZ', names: ['Kazakhstan'], adjectives: ['Kazakh', 'Kazakhstani'], cities: ['Astana', 'Almaty', 'Nur-Sultan'] },
    { code: 'UZ', names: ['Uzbekistan'], adjectives: ['Uzbek'], cities: ['Tashkent', 'Samarkand', 'Bukhara'] },
    { code: 'TM', names: ['Turkmenistan'], adjectives: ['Turkmen'], cities: ['Ashgabat'] },
    { code: 'KG', names: ['Kyrgyzstan', 'Kyrgyz Republic'], adjectives: ['Kyrgyz'], cities: ['Bishkek'] },
    { code: 'TJ', names: ['Tajikistan'], adjectives: ['Tajik'], cities: ['Dushanbe'] },
    { code: 'BY', names: ['Belarus'], adjectives: ['Belarusian', 'Belarussian'], cities: ['Minsk'] },
    { code: 'UA', names: ['Ukraine'], adjectives: ['Ukrainian'], cities: ['Kyiv', 'Kiev'] },
    { code: 'CN', names: ["People's Republic of China", 'China', 'PRC'], adjectives: ['Chinese', 'Sino-'], cities: ['Beijing', 'Shanghai'] },
    { code: 'IR', names: ['Iran', 'Islamic Republic of Iran'], adjectives: ['Iranian'], cities: ['Tehran'] },
    { code: 'IN', names: ['India'], adjectives: ['Indian'], cities: ['New Delhi', 'Mumbai'] },
    { code: 'US', names: ['United States', 'USA', 'U\\.S\\.'], adjectives: ['American'], cities: ['Washington'] },
  ],
  regions: [
    { code: 'RU-AST', names: ['Astrakhan region', 'Astrakhan Oblast', 'Astrakhan'], adjectives: [] },
    { code: 'RU-DA', names: ['Dagestan', 'Daghestan'], adjectives: ['Dagestani'] },
    { code: 'RU-TA', names: ['Tatarstan'], adjectives: ['Tatar'] },
    { code: 'RU-BA', names: ['Bashkortostan', 'Bashkiria'], adjectives: ['Bashkir'] },
    { code: 'RU-MOW', names: ['Moscow city'], adjectives: [] },
    { code: 'RU-SPE', names: ['St\\.? Petersburg', 'Saint Petersburg'], adjectives: [] },
  ],
};
