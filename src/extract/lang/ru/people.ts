// Russian cues for people: role heads with their case endings, the genitive chain that may join a role to its
// name ("заместителя премьер-министра Азербайджана"), and the role endings that put the name in an oblique case.
import type { PeopleLexicon } from '../../facts/people/lexicon.js';

const NOUN = '(?:а|у|ом|е)?';
const SOFT = '(?:ь|я|ю|ем|е)';

export const people: PeopleLexicon = {
  roles: [
    `перв[а-яё]* вице-премьер${NOUN}`, `вице-премьер${NOUN}`, `перв[а-яё]* заместител${SOFT}`, `заместител${SOFT}`,
    `премьер-министр${NOUN}`, `вице-президент${NOUN}`, `президент${NOUN}`, `министр${NOUN}`, `губернатор${NOUN}`,
    'глав(?:а|ы|е|у|ой)', `сопредседател${SOFT}`, `председател${SOFT}`, `руководител${SOFT}`, `представител${SOFT}`,
    `пресс-секретар${SOFT}`, `спикер${NOUN}`, 'посол|посл(?:а|у|ом|е)', `помощник${NOUN}`, `советник${NOUN}`,
    `директор${NOUN}`, `мэр${NOUN}`, `полпред${NOUN}`, 'коллег(?:а|и|е|у|ой)',
  ],
  // Genitive and adjectival forms, never a past-tense verb ("-ла", "-ли").
  gapWord: '[а-яё-]*(?:[^л]а|я|ов|ев|ей|ого|его|ых|их|ии|ой|ы|[^л]и)|[А-ЯЁ]{2,}|и|по',
  pluralRole: '(?:президент|министр)ы',
  preposition: 'по|в|на|с|при',
  notNames: [
    'Российской', 'Федерации', 'Республики', 'Правительства', 'МИД', 'Кремля', 'Министерства', 'Государственной',
    'Думы', 'Совета', 'Федерального', 'Собрания', 'Как', 'По', 'В', 'На', 'Об', 'Это',
  ],
  obliqueRole: `(?:[рт](?:а|у|ом|е)|тел(?:я|ю|ем|е)|глав(?:ы|е|у|ой)|посл(?:а|у|ом|е))$`,
};
