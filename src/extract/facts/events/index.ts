// Events: meetings, visits, signings, forums and statements a text reports or announces, with the date at the
// precision given, the venue, the people taking part and, for commission meetings, the ordinal.
// One real event mentioned in several sentences is one fact.
import type { EventType, Person } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { mentionsWithin } from '../../model.js';
import { lexiconFor } from '../shared/language.js';
import { nearestDate, statedDates, type StatedDate } from '../shared/dates.js';
import { compileVenueWords, venueWithin } from '../shared/places.js';
import { WordStartPattern } from '../shared/word-start.js';
import { findPeople } from '../people/index.js';
import { events as en, venues as enVenues } from '../../lang/en/events.js';
import { events as ru, venues as ruVenues } from '../../lang/ru/events.js';
import { events as az, venues as azVenues } from '../../lang/az/events.js';
import type { EventsLexicon } from './lexicon.js';
import { mergeEvents, type EventMention } from './merge.js';
import { headerLength, placeFromContext } from './context.js';

interface CompiledEventsLexicon {
  cues: { type: EventType; pattern: WordStartPattern; remark: boolean }[];
  planned: WordStartPattern;
  ordinal: RegExp;
  anaphoric: RegExp;
  naming: RegExp;
  coverage: RegExp;
  elsewhere: RegExp;
  body: RegExp;
}

const NEVER = '(?!)';

function compile(lexicon: EventsLexicon): CompiledEventsLexicon {
  const source = (p: string) => p.replace(/ /gu, '\\s+');
  return {
    cues: lexicon.cues.map((c) => ({
      type: c.type,
      // A cue ending in a letter ends a word; one ending in a space or a lookahead ("told (?=[A-Z])") need not.
      pattern: new WordStartPattern('[\\p{L}]', `(?:${source(c.pattern)})(?!(?<=\\p{L})\\p{L})`, c.cased ? 'u' : 'iu'),
      remark: c.remark ?? false,
    })),
    planned: new WordStartPattern('[\\p{L}]', `(?:${source(lexicon.planned)})(?![\\p{L}])`, 'iu'),
    ordinal: new RegExp(lexicon.ordinal, 'u'),
    anaphoric: new RegExp(lexicon.anaphoric ?? NEVER, 'iu'),
    naming: new RegExp(lexicon.naming ?? NEVER, 'u'),
    coverage: new RegExp(lexicon.coverage ?? NEVER, 'iu'),
    elsewhere: new RegExp(lexicon.elsewhere ?? NEVER, 'iu'),
    body: new RegExp(lexicon.body ?? NEVER, 'iu'),
  };
}

const LEXICONS = { en: compile(en), ru: compile(ru), az: compile(az) };
const VENUES = { en: compileVenueWords(enVenues), ru: compileVenueWords(ruVenues), az: compileVenueWords(azVenues) };
// Up to 80 characters of the clause, never ending inside a word; the point of a short capitalised abbreviation
// before a name ("St. Petersburg", "U.S. side") does not end it.
const TITLE_TAIL = /^(?:[^,.;:!?]|(?<=(?<![\p{L}\p{N}])\p{Lu}\p{Ll}?)\.(?=\s\p{Lu})){0,80}(?![\p{L}\p{N}])/u;
const CONTEXT = 24;
/** How far from a cue a date may stand and still be the event's day: further off it dates another clause's figure
 * ("trade reached $34 billion last year"); a back-reference holds its date closer ("The meeting was held on May 5"). */
const REACH = 200;
const ANAPHORIC_REACH = 60;
/** A remark this close before a meeting cue was made at that meeting ("said on Friday at the meeting"). */
const REMARK_REACH = 40;

interface Cue { type: EventType; index: number; text: string; remark: boolean }

/** `people` are the document's people where the caller has found them already. */
export function findEvents(model: TextModel, people: Person[] = findPeople(model)): ReturnType<typeof mergeEvents> {
  const lexicon = lexiconFor(model.lang, LEXICONS);
  const header = headerLength(model.text);
  const found: EventMention[] = [];
  for (const sentence of model.sentences) {
    // Most sentences name no event: find the cues first and read dates, venue and people only where there are some.
    const cues = cuesIn(sentence.text, lexicon);
    if (cues.length === 0) continue;
    const [start, end] = sentence.span;
    const figureEnds = mentionsWithin(model, start, end).filter((m) => FIGURE_KINDS.has(m.kind)).map((m) => m.span[1]);
    const dates = statedDates(model, start, end)
      .filter((d) => d.span[0] >= header && !coversPeriod(model.text, d, start, lexicon) && !datesFigure(model.text, d, figureEnds));
    const place = venueWithin(model, start, end, lexiconFor(model.lang, VENUES));
    const planned = lexicon.planned.test(sentence.text);
    const participants = participantsIn(sentence.text, people);
    for (const cue of cues) {
      if (cue.remark && cues.some((c) => c.type === 'meeting' && c.index > cue.index &&
        c.index - cue.index - cue.text.length <= REMARK_REACH)) continue;
      const before = sentence.text.slice(Math.max(0, cue.index - CONTEXT), cue.index);
      const after = sentence.text.slice(cue.index + cue.text.length, cue.index + cue.text.length + CONTEXT);
      const ordinal = lexicon.ordinal.exec(sentence.text.slice(0, cue.index) + ' ')?.[1] ?? /^\d+/u.exec(cue.text)?.[0];
      const named = lexicon.naming.test(after);
      const anaphoric = cue.type !== 'signing' && lexicon.anaphoric.test(before) && !named;
      const nearest = nearestDate(dates, start + cue.index);
      const date = nearest && distance(nearest, start + cue.index, cue.text.length) > (anaphoric ? ANAPHORIC_REACH : REACH)
        ? null : nearest;
      if (!date && lexicon.elsewhere.test(before)) continue;
      const weak = !ordinal && !date && !place && participants.length === 0;
      found.push({
        anaphoric: anaphoric || weak && cue.type !== 'signing',
        fact: {
          type: cue.type,
          title: (cue.text + (TITLE_TAIL.exec(sentence.text.slice(cue.index + cue.text.length))?.[0] ?? '')).trim(),
          date: date?.date ?? null,
          place,
          participants,
          ...(date?.end ? { end_date: date.end } : {}),
          ...(date?.period ? { period: date.period } : {}),
          ...(ordinal ? { ordinal: Number(ordinal) } : {}),
          ...(planned ? { planned } : {}),
          quote: sentence.text,
          span: sentence.span,
        },
      });
    }
  }
  return placeFromContext(model, mergeEvents(found, lexicon.body));
}

/** Cue matches in a sentence, in text order; of two overlapping cues the one listed first in the lexicon wins. */
function cuesIn(text: string, lexicon: CompiledEventsLexicon): Cue[] {
  const cues: Cue[] = [];
  for (const { type, pattern, remark } of lexicon.cues) {
    for (const m of pattern.matches(text)) {
      const from = m.index, to = from + m[0].length;
      if (cues.some((c) => from < c.index + c.text.length && c.index < to)) continue;
      cues.push({ type, index: from, text: m[0], remark });
    }
  }
  return cues.sort((a, b) => a.index - b.index).filter((c, i, all) => !adjoins(all[i - 1], c, text));
}

/** "videoconference meeting": two cues of one type side by side name one event. */
function adjoins(previous: Cue | undefined, cue: Cue, text: string): boolean {
  return previous?.type === cue.type && /^\s*$/u.test(text.slice(previous.index + previous.text.length, cue.index));
}

function distance(date: StatedDate, at: number, length: number): number {
  return date.span[0] >= at ? date.span[0] - at - length : at - date.span[1];
}

/** "An Action Program for 2022", "на 2024 год": the period a document covers, not the day of the event. */
const FIGURE_KINDS = new Set(['money', 'percent', 'number']);
/** What may stand between a figure and the period it is for: "$34 billion last year", "7.5 percent in January". */
const FIGURE_TO_PERIOD = /^[\s\u00a0]*(?:(?:in|for|over|during|в|за|во)[\s\u00a0]+)?$/iu;

/** A date right after a figure is that figure's period ("trade grew to $34 billion last year"), not an event's day. */
function datesFigure(text: string, date: StatedDate, figureEnds: readonly number[]): boolean {
  return figureEnds.some((end) => end <= date.span[0] && date.span[0] - end <= 12 && FIGURE_TO_PERIOD.test(text.slice(end, date.span[0])));
}

function coversPeriod(text: string, date: StatedDate, sentenceStart: number, lexicon: CompiledEventsLexicon): boolean {
  return lexicon.coverage.test(text.slice(Math.max(sentenceStart, date.span[0] - CONTEXT), date.span[0]));
}

/** The people of the document named in the sentence, by surname ("Overchuk", "Оверчука"). */
function participantsIn(text: string, people: Person[]): string[] {
  return people.filter((p) => {
    const surname = p.name.split(' ').at(-1)!;
    return text.includes(surname.length > 5 ? surname.slice(0, -1) : surname);
  }).map((p) => p.name);
}
