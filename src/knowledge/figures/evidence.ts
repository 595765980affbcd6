// The evidence figures are built from: one measurement as a document reported it, with where it came from.
import type { CountryCode, Indicator, MeasurementUnit, Period, Qualifier, Span } from '../../core/index.js';

export interface Source {
  fact: string;
  document: string;
  file: string;
  outlet: string | null;
  published: string | null;
  /** The story the document tells: copies of one story count once as evidence. */
  story: string;
  quote: string | null;
  span: Span | null;
}

export interface MeasurementEvidence {
  source: Source;
  indicator: Indicator;
  /** For indicator "other": what the figure is. */
  label?: string;
  value: number;
  unit: MeasurementUnit;
  qualifier: Qualifier;
  period: Period | null;
  from?: CountryCode;
  to?: CountryCode;
  /** The two countries the document is about, sorted; the figure's pair when it gives no direction. */
  documentPair: readonly [string, string] | null;
}

/** The pair a figure is about: its flow's two ends where given, else its document's pair; sorted. */
export function pairOf(evidence: Pick<MeasurementEvidence, 'from' | 'to' | 'documentPair'>): string | null {
  const ends = evidence.from && evidence.to ? [evidence.from, evidence.to] : evidence.documentPair;
  if (!ends) return null;
  return ends.map((code) => code.split('-')[0]).sort().join('-');
}
