// The one ordered list of extractors. Mention finders run first over the whole text; fact extractors then read
// the shared model (sentences, mentions, places) and return facts with quotes and spans.
import type { Diagnostic, EventFact, Instrument, Lang, Measurement, Mention, Person } from '../core/index.js';
import type { TextModel } from './model.js';
import { findDateMentions } from './mentions/dates/index.js';
import { findAmountMentions } from './mentions/amounts/index.js';
import { findMeasurements } from './facts/measurements/index.js';
import { findInstruments } from './facts/instruments/index.js';
import { findEvents } from './facts/events/index.js';
import { findPeople } from './facts/people/index.js';

export type MentionFinder = (text: string, ctx: { published: string | null; lang: Lang }) =>
  { mentions: Mention[]; diagnostics: Diagnostic[] };

export const MENTION_FINDERS: MentionFinder[] = [findDateMentions, findAmountMentions];

export const FACT_EXTRACTORS: {
  measurements: (model: TextModel) => Measurement[];
  instruments: (model: TextModel) => Instrument[];
  /** Events name their participants from the people found in the same text. */
  events: (model: TextModel, people: Person[]) => EventFact[];
  people: (model: TextModel) => Person[];
} = {
  measurements: findMeasurements,
  instruments: findInstruments,
  events: findEvents,
  people: findPeople,
};
