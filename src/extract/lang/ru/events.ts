// Russian cues for events: cue phrases by type, scheduled wording, what makes a city the venue, and city names
// in the nominative ("в Астрахани" → Астрахань).
import type { VenueWords } from '../../facts/shared/places.js';
import type { EventsLexicon } from '../../facts/events/lexicon.js';

export const events: EventsLexicon = {
  cues: [
    { type: 'signing', pattern: '(?:был[аио]? |были )?подписан[аоы]? \\d+|подписали|подписан[аоы]? документ' },
    { type: 'statement', pattern: 'брифинг[а-яё]*|пресс-конференци[а-яё]*|интервью|журналистам|сообщил[аи]?|письм[а-яё]*|обращени[а-яё]*' },
    { type: 'forum', pattern: 'форум[а-яё]*|выставк[а-яё]*' },
    { type: 'visit', pattern: 'визит[а-яё]*' },
    { type: 'meeting', pattern: '(?:\\d+-[еегомй]+ )?заседани[а-яё]*|встреч[аеиуй]|переговор[а-яё]*' },
    { type: 'other', pattern: 'саммит[а-яё]*' },
  ],
  planned: 'проведут|пройд[её]т|состоится|предстоящ[а-яё]*|планиру[а-яё]*|примет участие',
  ordinal: '(\\d+)-?[а-яё]*\\s+$',
};

export const venues: VenueWords = {
  before: '(?:^|\\s)(?:в|во)\\s+',
  after: '\\s+(?:принял[аио]?|примет)(?![а-яё])',
  nominatives: [
    'Москва', 'Санкт-Петербург', 'Сочи', 'Казань', 'Махачкала', 'Астрахань', 'Баку', 'Гянджа', 'Сумгаит', 'Шуша',
    'Ереван', 'Тбилиси', 'Анкара', 'Стамбул', 'Астана', 'Алматы', 'Ташкент', 'Самарканд', 'Бухара', 'Ашхабад',
    'Бишкек', 'Душанбе', 'Минск', 'Киев', 'Пекин', 'Шанхай', 'Тегеран', 'Нью-Дели', 'Вашингтон',
  ],
};
