// From measurements to figures: one value per indicator, period, direction, pair and unit, with every source
// that reports it; copies of one story corroborate once. Where sources disagree beyond rounding the figure
// is a conflict that holds each value with its sources and quotes, and a likely reason where one can be told.
import type { CountryCode, Indicator, MeasurementUnit, Period, Qualifier } from '../../core/index.js';
import { morePrecise, valuesAgree } from './agreement.js';
import { pairOf, type MeasurementEvidence, type Source } from './evidence.js';
import { conflictReason, type ConflictReason } from './reasons.js';

export interface FigureValue {
  value: number;
  qualifier: Qualifier;
  /** Distinct stories reporting it. */
  corroboration: number;
  sources: Source[];
}

export interface Figure {
  /** Stable across runs: what the figure is, not who reported it. */
  key: string;
  indicator: Indicator;
  label?: string;
  period: Period | null;
  from: CountryCode | null;
  to: CountryCode | null;
  /** "AZ-RU": the two countries, sorted. */
  pair: string | null;
  unit: MeasurementUnit;
  /** The best supported value (most stories, then the most precise). */
  value: number;
  qualifier: Qualifier;
  corroboration: number;
  sources: Source[];
  /** Every value reported, best supported first. Several from one story are items under one heading. */
  values: FigureValue[];
  /** Set when two stories each report a value the other does not. */
  conflict: ConflictReason | { code: 'unexplained'; text: string } | null;
}

export function figureKey(evidence: MeasurementEvidence): string {
  // An undated figure is stated in the present tense: it holds in its year of publication.
  const period = evidence.period ? `${evidence.period.start ?? ''}..${evidence.period.end ?? ''}`
    : `as of ${evidence.source.published?.slice(0, 4) ?? 'undated'}`;
  const direction = evidence.from && evidence.to ? `${evidence.from}>${evidence.to}` : '';
  const what = evidence.indicator === 'other' ? `other:${(evidence.label ?? '').toLowerCase()}` : evidence.indicator;
  return [what, period, direction, pairOf(evidence) ?? '', evidence.unit].join('|');
}

/** `keyOf` may join figures a curator merged under one key; by default each figure has its own. */
export function reconcileFigures(
  evidence: readonly MeasurementEvidence[], keyOf: (evidence: MeasurementEvidence) => string = figureKey,
): Figure[] {
  const byKey = new Map<string, MeasurementEvidence[]>();
  for (const item of evidence) {
    const key = keyOf(item);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return [...byKey.entries()].map(([key, items]) => toFigure(key, items)).sort(byPeriodThenKey);
}

function toFigure(key: string, items: MeasurementEvidence[]): Figure {
  const values = clusterValues(items);
  const best = values[0];
  const first = items[0];
  return {
    key,
    indicator: first.indicator,
    ...(first.label !== undefined && { label: first.label }),
    period: first.period,
    from: first.from ?? null,
    to: first.to ?? null,
    pair: pairOf(first),
    unit: first.unit,
    value: best.value,
    qualifier: best.qualifier,
    corroboration: best.corroboration,
    sources: best.sources,
    values,
    conflict: sourcesDisagree(values) ? explain(first.indicator, values) : null,
  };
}

/** Groups agreeing values, the most precise first so that it stands for its group. */
function clusterValues(items: MeasurementEvidence[]): FigureValue[] {
  const ordered = [...items].sort((a, b) => (morePrecise(a, b) ? -1 : morePrecise(b, a) ? 1 : 0));
  const groups: Array<{ head: MeasurementEvidence; members: MeasurementEvidence[] }> = [];
  for (const item of ordered) {
    const group = groups.find((candidate) => valuesAgree(candidate.head, item));
    if (group) group.members.push(item);
    else groups.push({ head: item, members: [item] });
  }
  return groups
    .map(({ head, members }) => ({
      value: head.value,
      qualifier: head.qualifier,
      corroboration: new Set(members.map((m) => m.source.story)).size,
      sources: members.map((m) => m.source)
        .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.document.localeCompare(b.document)),
    }))
    .sort((a, b) => b.corroboration - a.corroboration || b.sources.length - a.sources.length);
}

/**
 * Sources disagree when two stories each report a value the other does not. Several values from one story
 * alone are different items under one heading (tonnes of grapes, of nectarines), not a disagreement.
 */
function sourcesDisagree(values: FigureValue[]): boolean {
  const stories = values.map((value) => new Set(value.sources.map((source) => source.story)));
  return stories.some((a, i) => stories.some((b, j) => {
    if (i === j) return false;
    const onlyA = [...a].filter((story) => !b.has(story));
    const onlyB = [...b].filter((story) => !a.has(story));
    return onlyA.length > 0 && onlyB.some((story) => !onlyA.includes(story));
  }));
}

function explain(indicator: Indicator, values: FigureValue[]): Figure['conflict'] {
  const reason = conflictReason(values.map((value) => ({
    indicator,
    quotes: value.sources.map((source) => source.quote ?? ''),
    published: value.sources.map((source) => source.published),
    values: [value.value],
  })));
  return reason ?? { code: 'unexplained', text: 'no reason can be told from the sources' };
}

function byPeriodThenKey(a: Figure, b: Figure): number {
  return (a.period?.start ?? '').localeCompare(b.period?.start ?? '') || a.key.localeCompare(b.key);
}

/** A figure's values over time for one indicator and pair, oldest period first. */
export function indicatorSeries(figures: readonly Figure[], indicator: string, pair: string): Figure[] {
  const wanted = pair.toUpperCase().split(/[-–]/).sort().join('-');
  return figures.filter((figure) => figure.indicator === indicator && figure.pair === wanted);
}
