// Events: meetings, visits, signings, forums and statements a text reports or announces, with the date at the
// precision given, the venue, the people taking part and, for commission meetings, the ordinal.
// One real event mentioned in several sentences is one fact.
import type { EventFact, EventType, Person } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { lexiconFor } from '../shared/language.js';
import { nearestDate, statedDates } from '../shared/dates.js';
import { compileVenueWords, venueWithin } from '../shared/places.js';
import { findPeople } from '../people/index.js';
import { events as en, venues as enVenues } from '../../lang/en/events.js';
import { events as ru, venues as ruVenues } from '../../lang/ru/events.js';
import type { EventsLexicon } from './lexicon.js';
import { mergeEvents } from './merge.js';

interface CompiledEventsLexicon {
  cues: RegExp;
  types: { type: EventType; pattern: RegExp }[];
  planned: RegExp;
  ordinal: RegExp;
}

function compile(lexicon: EventsLexicon): CompiledEventsLexicon {
  const source = (p: string) => p.replace(/ /gu, '\\s+');
  return {
    cues: new RegExp(`(?<![\\p{L}])(?:${lexicon.cues.map((c) => source(c.pattern)).join('|')})(?![\\p{L}])`, 'giu'),
    types: lexicon.cues.map((c) => ({ type: c.type, pattern: new RegExp(`^(?:${source(c.pattern)})$`, 'iu') })),
    planned: new RegExp(`(?<![\\p{L}])(?:${source(lexicon.planned)})(?![\\p{L}])`, 'iu'),
    ordinal: new RegExp(lexicon.ordinal, 'u'),
  };
}

const LEXICONS = { en: compile(en), ru: compile(ru) };
const VENUES = { en: compileVenueWords(enVenues), ru: compileVenueWords(ruVenues) };
const TITLE_TAIL = /^[^,.;:!?]{0,80}/u;

export function findEvents(model: TextModel): EventFact[] {
  const lexicon = lexiconFor(model.lang, LEXICONS);
  const people = findPeople(model);
  const found: EventFact[] = [];
  for (const sentence of model.sentences) {
    const [start, end] = sentence.span;
    const dates = statedDates(model, start, end);
    const place = venueWithin(model, start, end, lexiconFor(model.lang, VENUES));
    const planned = lexicon.planned.test(sentence.text);
    const participants = participantsIn(sentence.text, people);
    for (const m of sentence.text.matchAll(lexicon.cues)) {
      const type = lexicon.types.find((t) => t.pattern.test(m[0]))?.type;
      if (!type) continue;
      const at = start + m.index!;
      const date = nearestDate(dates, at);
      const ordinal = lexicon.ordinal.exec(sentence.text.slice(0, m.index!) + ' ')?.[1] ?? /^\d+/u.exec(m[0])?.[0];
      found.push({
        type,
        title: (m[0] + (TITLE_TAIL.exec(sentence.text.slice(m.index! + m[0].length))?.[0] ?? '')).trim(),
        date: date?.date ?? null,
        place,
        participants,
        ...(date?.end ? { end_date: date.end } : {}),
        ...(date?.period ? { period: date.period } : {}),
        ...(ordinal ? { ordinal: Number(ordinal) } : {}),
        ...(planned ? { planned } : {}),
        quote: sentence.text,
        span: sentence.span,
      });
    }
  }
  return mergeEvents(found);
}

/** The people of the document named in the sentence, by surname ("Overchuk", "Оверчука"). */
function participantsIn(text: string, people: Person[]): string[] {
  return people.filter((p) => {
    const surname = p.name.split(' ').at(-1)!;
    return text.includes(surname.length > 5 ? surname.slice(0, -1) : surname);
  }).map((p) => p.name);
}
