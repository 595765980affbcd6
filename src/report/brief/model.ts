// The brief on a relationship as a document model: what the renderers (Markdown, HTML, PDF) show, built from
// the read models by a pure function. Every figure and statement carries the numbers of its citations.
import type { Qualifier } from '../../core/index.js';
import type { MeasureStatus } from '../../plans/index.js';

export const REPORT_LANGS = ['en', 'ru'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];

export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** Two country codes, "RU-AZ"; the order given is the order shown. */
  pair: string;
  /** Only what happened or was reported on or after this day (ISO). */
  from?: string;
  /** Only what happened or was reported on or before this day (ISO). */
  to?: string;
  /** The day plan statuses are judged on; by default --to, else the latest source. */
  asOf?: string;
  lang: ReportLang;
}

/** One source statement, numbered in order of first use. */
export interface Citation {
  n: number;
  factId: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  file: string;
  title: string | null;
  quote: string | null;
}

export interface FigureLine {
  /** "2021", "2022-01-01 – 2022-10-31", or the publication day of an undated figure; "" when none is known. */
  period: string;
  /** Sorts periods: the period's end, then its start. */
  periodKey: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** "AZ→RU" when the figure is one direction of a flow. */
  direction: string | null;
  /** Distinct stories that report the value. */
  corroboration: number;
  conflict: boolean;
  cites: number[];
}

export interface IndicatorSection {
  indicator: string;
  /** The unit of the chart and the headline value. */
  unit: string;
  headline: FigureLine;
  /** Every figure of the indicator for the pair and period, oldest first. */
  figures: FigureLine[];
}

export interface ConflictValue {
  value: number;
  qualifier: Qualifier;
  corroboration: number;
  sources: Array<{ n: number; outlet: string | null; published: string | null; quote: string | null }>;
}

export interface ConflictLine {
  indicator: string;
  period: string;
  unit: string;
  direction: string | null;
  values: ConflictValue[];
  reason: { code: string; text: string };
}

export interface MeasureLine {
  measureId: string;
  roadmap: string;
  title: string;
  deadline: string | null;
  status: MeasureStatus;
  cites: number[];
}

export interface PlanSection {
  id: string;
  title: string;
  period: { start: string; end: string };
  doneShare: number | null;
  counts: Record<MeasureStatus, number>;
  roadmaps: Array<{ id: string; title: string; area: string; doneShare: number | null; counts: Record<MeasureStatus, number> }>;
  overdue: MeasureLine[];
}

export interface TimelineEntry {
  date: string;
  kind: 'event' | 'instrument';
  type: string;
  title: string;
  place: string | null;
  cites: number[];
}

export interface InstrumentLine {
  type: string;
  title: string;
  signedOn: string | null;
  place: string | null;
  validUntil: string | null;
  parties: string[];
  cites: number[];
}

export interface Brief {
  lang: ReportLang;
  /** The two codes as asked, e.g. ["RU", "AZ"]. */
  pair: [string, string];
  from: string | null;
  to: string | null;
  asOf: string | null;
  indicators: IndicatorSection[];
  conflicts: ConflictLine[];
  plans: PlanSection[];
  timeline: { happened: TimelineEntry[]; planned: TimelineEntry[] };
  instruments: InstrumentLine[];
  citations: Citation[];
  /** How many documents the brief cites. */
  documents: number;
}

/** What the footer says about how the report was made; the only part that may change between runs. */
export interface Generation {
  at: string;
  store: string;
}
