// English cues for events: cue phrases by type, scheduled wording, back-references, coverage periods, and what
// makes a city the venue.
import type { VenueWords } from '../../facts/shared/places.js';
import type { EventsLexicon } from '../../facts/events/lexicon.js';

const ARTICLE_OR_COUNT = '(?:a|an|the|several|\\d+)(?=\\s)';

export const events: EventsLexicon = {
  cues: [
    { type: 'signing', pattern: `(?:was|were|had been) (?:\\p{L}+ )?(?:signed|inked)|(?:has|have) (?:been )?(?:\\p{L}+ )?(?:signed|inked) ${ARTICLE_OR_COUNT}|(?<!have |has )(?:signed|inked) ${ARTICLE_OR_COUNT}|signing(?= the\\s)|signing ceremony|signing of documents` },
    { type: 'statement', pattern: 'briefing|press conference|interview|told (?:reporters|journalists|the media|the press)|said to (?:journalists|reporters|the media|the press)|letter(?!s)|an appeal|tweeted|(?:wrote|posted|said) on (?:Twitter|X|Facebook|Telegram)|in a statement|made the statement|speaking with the correspondent|spoke (?:about|to reporters|to journalists)' },
    { type: 'statement', pattern: 'told (?=[“"«]?[A-Z])|said on (?=[A-Z0-9])|said at the [^,.;]{0,80}?(?:Forum|Conference|Congress|Expo)', cased: true, remark: true },
    { type: 'forum', pattern: '(?:\\d+(?:st|nd|rd|th) )?(?:(?!The |This |That )[A-Z][\\p{L}-]* )+(?:Forum|Exhibition|Expo|Fair|Congress|Festival)(?! Cent(?:er|re))', cased: true },
    { type: 'visit', pattern: '[Vv]isit(?:ed|ing)?(?= (?:to )?[A-Z])|(?<=(?:[’\']s|[Oo]fficial|[Ww]orking|[Ss]tate|[Hh]is|[Hh]er|[Tt]he|[Tt]his|[Aa]|[Ff]irst|[Rr]ecent|[Uu]pcoming|[Pp]revious) )visit(?![\\p{L}])', cased: true },
    { type: 'meeting', pattern: '(?:\\d+(?:st|nd|rd|th) )?(?:videoconference )?meeting(?!s)|(?:\\d+(?:st|nd|rd|th) )?session(?!s)|talks|negotiations|consultations|met with|met|received by|videoconference' },
    { type: 'other', pattern: 'summit|opening ceremony|(?:which |was |were )opened|established diplomatic relations|foundation (?:stone )?(?:of (?:a|the) [^,.;]{0,60})?(?:was|were) laid|laid the foundation' },
  ],
  planned: 'will be held|will take place|to be held|will hold|will meet|is scheduled|are scheduled|will visit|upcoming',
  ordinal: '(\\d+)(?:st|nd|rd|th)\\s+$',
  anaphoric: '(?:^|\\s)(?:the|this|that|these)\\s+(?:[\\p{L}-]+\\s+)?$',
  elsewhere: '(?:^|\\s)(?:previous|last|past)\\s+(?:[\\p{L}-]+\\s+)?$',
  body: 'commission|council|committee',
  naming: '^\\s+(?:of|between|with)\\s',
  coverage: '(?:^|\\s)(?:for|until|till|through|by)\\s+(?:the\\s+)?(?:years?\\s+|period\\s+)?$',
};

export const venues: VenueWords = {
  before: '\\b(?:in|at|visit(?:ed)?(?:\\s+to)?)\\s+(?:the\\s+)?',
  after: '\\s+(?:hosted|hosts|will host)\\b',
  nominatives: [],
};
