// What extraction takes and gives: text and a reference date in, facts and mentions out.
import type { Lang } from './language.js';
import type { Diagnostic } from './diagnostic.js';
import type { EventFact, Instrument, Measurement, Person } from './facts.js';
import type { Mention } from './mention.js';

export interface ExtractionInput {
  text: string;
  /** Publication date (ISO day): relative expressions resolve against it. Null when unknown. */
  published: string | null;
  /** Language of the body text; detected when absent. */
  lang?: Lang;
}

export interface Extraction {
  lang: Lang;
  measurements: Measurement[];
  instruments: Instrument[];
  events: EventFact[];
  people: Person[];
  mentions: Mention[];
  diagnostics: Diagnostic[];
}

export const FACT_KINDS = ['measurement', 'instrument', 'event', 'person'] as const;
export type FactKind = (typeof FACT_KINDS)[number];
