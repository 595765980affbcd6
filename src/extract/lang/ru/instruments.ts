// Russian cues for instruments: head nouns by type with their case endings, and the words around a title
// (a genitive chain: "План мероприятий по развитию ключевых направлений … на 2024-2026 годы").
import type { InstrumentsLexicon } from '../../facts/instruments/lexicon.js';

export const instruments: InstrumentsLexicon = {
  heads: [
    { type: 'action_plan', pattern: 'план(?:а|у|ом|е)? (?:совместных )?(?:мероприятий|действий)' },
    { type: 'roadmap', pattern: 'дорожн[а-яё]+ карт(?:а|у|ой|е|ы)' },
    { type: 'program', pattern: 'программ(?:а|у|ой|е|ы)' },
    { type: 'memorandum', pattern: 'меморандум(?:а|у|ом|е)?' },
    { type: 'joint_statement', pattern: '(?:совместн|тр[её]хсторонн)[а-яё]+ (?:заявлени(?:е|я|ю|ем|и)|коммюнике)|(?:итогов[а-яё]+ )?коммюнике' },
    { type: 'agreement', pattern: 'соглашени(?:е|я|ю|ем|и)|договор[её]нност(?:ь|и|ью)' },
    { type: 'declaration', pattern: 'деклараци(?:я|и|ю|ей)' },
    { type: 'protocol', pattern: 'протокол(?:а|у|ом|е)?' },
    { type: 'treaty', pattern: 'договор(?:а|у|ом|е)?' },
  ],
  datedPlural: { type: 'joint_statement', pattern: '(?:совместн|трехсторонн|трёхсторонн)[а-яё]+ заявлени[а-яё]+ от', singular: 'заявление от' },
  modifier: '[а-яё-]+(?:ое|ая|ый|ий|ой|ую|ого|ей)|\\p{Lu}[\\p{L}-]*',
  determiner: 'этот|эта|это|этого|этой|новый|новая|новое|новой|новую',
  complement: 'по|о|об|между|на|с|в|до|о|«|"',
  stop: 'был|была|было|были|будет|будут|который|которая|которое|которые|которого|подписан[а-яё]*|' +
    'утвержд[а-яё]*|принят[а-яё]*|является|предусматривает|включает|[а-яё]+(?:ли|ла|ет|ит|ют|ят)',
  and: 'и',
  andContinues: '[а-яё]+(?:ия|ие|ии)',
  signedBetween: '(?:был[аио]? )?подписан[аоы]? (?=между)',
  reference: 'документ|этот документ|данный документ',
  datedBy: 'от',
  signing: 'подпис[а-яё]*|утверд[а-яё]*|принят[а-яё]*|заключ[а-яё]*',
};
