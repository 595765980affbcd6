// Azerbaijani names of the countries and regions the corpus speaks of, as stems that take the case endings
// ("Rusiya" → Rusiyanın, Rusiyaya; "Bakı" → Bakıda, Bakının). ISO 3166-1/-2 codes. The patterns run on texts
// of every language, so adjectives are only words with Azerbaijani letters that English and Russian never write.
import type { PlaceLexicon } from '../../places/lexicon.js';

const CASE_ENDING = '\\p{Ll}*';

export const places: PlaceLexicon = {
  stemEnding: CASE_ENDING,
  countries: [
    { code: 'RU', names: ['Rusiya Federasiya', 'Rusiya'], adjectives: [], cities: ['Moskva', 'Sankt-Peterburq', 'Soçi', 'Kazan', 'Mahaçqala', 'Həştərxan', 'Kreml'] },
    { code: 'AZ', names: ['Azərbaycan Respublika', 'Azərbaycan'], adjectives: ['azərbaycanlı'], cities: ['Bakı', 'Gəncə', 'Sumqayıt', 'Şuşa', 'Naxçıvan', 'Lənkəran', 'Qəbələ', 'Xankəndi', 'Abşeron'] },
    { code: 'AM', names: ['Ermənistan'], adjectives: ['erməni'], cities: ['İrəvan', 'Yerevan'] },
    { code: 'GE', names: ['Gürcüstan'], adjectives: ['gürcü'], cities: ['Tbilisi', 'Batumi'] },
    { code: 'TR', names: ['Türkiyə'], adjectives: [], cities: ['Ankara', 'İstanbul'] },
    { code: 'KZ', names: ['Qazaxıstan'], adjectives: ['qazax'], cities: ['Astana', 'Almatı'] },
    { code: 'UZ', names: ['Özbəkistan'], adjectives: ['özbək'], cities: ['Daşkənd', 'Səmərqənd', 'Buxara'] },
    { code: 'TM', names: ['Türkmənistan'], adjectives: ['türkmən'], cities: ['Aşqabad'] },
    { code: 'KG', names: ['Qırğızıstan'], adjectives: ['qırğız'], cities: ['Bişkek'] },
    { code: 'TJ', names: ['Tacikistan'], adjectives: [], cities: ['Düşənbə'] },
    { code: 'BY', names: ['Belarus'], adjectives: [], cities: ['Minsk'] },
    { code: 'UA', names: ['Ukrayna'], adjectives: [], cities: ['Kiyev'] },
    { code: 'CN', names: ['Çin Xalq Respublika', 'Çin'], adjectives: [], cities: ['Pekin', 'Şanxay'] },
    { code: 'IR', names: ['İran'], adjectives: [], cities: ['Tehran'] },
    { code: 'IN', names: ['Hindistan'], adjectives: [], cities: ['Yeni Dehli'] },
    // "ABŞ dolları" names a currency, not the United States.
    { code: 'US', names: ['Amerika Birləşmiş Ştatlar', 'ABŞ(?!\\s+dollar)'], adjectives: [], cities: ['Vaşinqton'] },
  ],
  regions: [
    { code: 'RU-AST', names: ['Həştərxan vilayət'], adjectives: [] },
    { code: 'RU-DA', names: ['Dağıstan'], adjectives: [] },
    { code: 'RU-TA', names: ['Tatarıstan'], adjectives: [] },
    { code: 'RU-BA', names: ['Başqırdıstan'], adjectives: [] },
  ],
};
