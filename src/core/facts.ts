// Facts: what a document says about the relationship, each with the quote and span it came from.
// The shapes follow the facts contract (shared/contract/FACTS.md); extra fields are allowed there.
import type { Span } from './span.js';
import type { Qualifier } from './mention.js';

/** ISO 3166-1 alpha-2 ("RU"), or a subdivision ("RU-AST"). */
export type CountryCode = string;

export interface Cited {
  /** The sentence or clause the fact comes from. */
  quote: string;
  span: Span;
}

export const INDICATORS = [
  'trade_turnover', 'exports', 'imports', 'investment', 'tourist_trips', 'agreements_count',
  'freight_volume', 'national_currency_share', 'students', 'regions_count', 'events_count', 'other',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** ISO 4217 code, or one of these. */
export type MeasurementUnit = string | 'percent' | 'percent_change' | 'count' | 'tonnes';

export interface Period {
  start: string | null;
  end: string | null;
}

export interface Measurement extends Cited {
  indicator: Indicator;
  value: number;
  unit: MeasurementUnit;
  qualifier: Qualifier;
  period: Period | null;
  from?: CountryCode;
  to?: CountryCode;
  /** For indicator "other": a few words saying what the figure is. */
  label?: string;
  /** Subnational scope of a flow, e.g. "RU-DA". */
  scope?: CountryCode;
}

export const INSTRUMENT_TYPES = [
  'action_plan', 'roadmap', 'program', 'agreement', 'memorandum', 'declaration', 'protocol',
  'joint_statement', 'treaty', 'other',
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export interface Instrument extends Cited {
  type: InstrumentType;
  title: string;
  /** "2018-09-01", "2018-09" or "2018", at the precision the text gives. */
  signed_on: string | null;
  place: string | null;
  parties: CountryCode[];
  valid_until: string | null;
}

export const EVENT_TYPES = ['meeting', 'visit', 'signing', 'forum', 'statement', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventFact extends Cited {
  type: EventType;
  title: string;
  /** ISO date at the precision the text gives, or null. */
  date: string | null;
  place: string | null;
  participants: string[];
  /** Last day of an event of several days. */
  end_date?: string;
  /** An event given only as a quarter or half-year keeps that period here. */
  period?: Period;
  /** Ordinal of a commission meeting ("22nd meeting" → 22). */
  ordinal?: number;
  /** Scheduled or announced rather than reported as having happened. */
  planned?: boolean;
}

export interface Person {
  /** As written in the document. */
  name: string;
  role: string | null;
  country: CountryCode | null;
  quote?: string;
  span?: Span;
}
