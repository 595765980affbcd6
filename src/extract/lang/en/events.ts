// English cues for events: cue phrases by type, scheduled wording, and what makes a city the venue.
import type { VenueWords } from '../../facts/shared/places.js';
import type { EventsLexicon } from '../../facts/events/lexicon.js';

export const events: EventsLexicon = {
  cues: [
    { type: 'signing', pattern: '(?:was|were|has been|have been|have|has|had) (?:\\p{L}+ )?(?:signed|inked)|signed (?:a|an|the|several|\\d+) |signing of documents' },
    { type: 'statement', pattern: 'briefing|press conference|interview|told (?:reporters|journalists|the media|\\p{Lu}\\p{L}+)|said to (?:journalists|reporters)|(?:a|the|his|her) letter|an appeal|tweeted|on Twitter|in a statement|made the statement|speaking with the correspondent' },
    { type: 'forum', pattern: '(?:\\d+(?:st|nd|rd|th) )?(?:[\\p{Lu}][\\p{L}-]* )+(?:Forum|Exhibition)' },
    { type: 'visit', pattern: '(?:official |working |state )?visit(?:ed)?(?! ?s)' },
    { type: 'meeting', pattern: '(?:\\d+(?:st|nd|rd|th) )?meeting(?!s)|talks|met with|met|received by|videoconference' },
    { type: 'other', pattern: 'summit|opening ceremony' },
  ],
  planned: 'will be held|will take place|to be held|will hold|will meet|is scheduled|are scheduled|will visit|upcoming',
  ordinal: '(\\d+)(?:st|nd|rd|th)\\s+$',
};

export const venues: VenueWords = {
  before: '\\b(?:in|at)\\s+(?:the\\s+)?',
  after: '\\s+(?:hosted|hosts|will host)\\b',
  nominatives: [],
};
