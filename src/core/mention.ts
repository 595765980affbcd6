// Mentions: the building blocks of facts. Every date, amount, percentage and number in a text, resolved.
// The contract's fields (kind, value, unit, start, end, span) plus what the fact builders need
// (the matched text, a qualifier, a date's precision).
import type { Span } from './span.js';

export type MentionKind = 'money' | 'percent' | 'number' | 'date' | 'date_range';

/** "over 150" → more_than, "about $3 bn" → approx; "at least" is more_than. */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than';

/** How precisely a date or range was stated: "2021" is year, "January-November 2021" is month. */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year';

interface MentionBase {
  span: Span;
  /** The matched text, `text.slice(span[0], span[1])`. */
  text: string;
  /** Set on amounts and counts preceded by "over", "about", "свыше", "около"… */
  qualifier?: Qualifier;
}

export interface MoneyMention extends MentionBase {
  kind: 'money';
  value: number;
  /** ISO 4217 code. */
  unit: string;
}

export interface PercentMention extends MentionBase {
  kind: 'percent';
  value: number;
}

export interface NumberMention extends MentionBase {
  kind: 'number';
  value: number;
  /** A physical unit stated with the number ("tonnes"), where there is one. */
  unit?: string;
}

export interface DateMention extends MentionBase {
  kind: 'date';
  /** ISO date of a single day. */
  value: string;
  /** True where the date was resolved against the reference date ("yesterday", "on February 22"). */
  relative?: boolean;
}

export interface DateRangeMention extends MentionBase {
  kind: 'date_range';
  /** Inclusive ISO dates. */
  start: string;
  end: string;
  precision: DatePrecision;
  relative?: boolean;
  /** Open-ended ranges: "until 2024" has start null in the facts it yields, "since 2018" end null. */
  open?: 'start' | 'end';
}

export type Mention = MoneyMention | PercentMention | NumberMention | DateMention | DateRangeMention;
