// Statuses: each measure's from its recorded history and its evidence as of a reference day; progress
// rolled up to road maps and the plan; indicators compared with their targets using linked measurements.
import type { Measurement } from '../core/facts.js';
import type { ReviewedLink } from './evidence.js';
import { MEASURE_STATUSES, type Figure, type Measure, type MeasureStatus, type PlanFile, type PlanIndicator } from './schema.js';

export interface MeasureState {
  measureId: string;
  roadmapId: string;
  title: string;
  deadline: string | null;
  status: MeasureStatus;
  /** What decided the status: the plan file's history, a link, or the deadline. */
  source: string;
  evidence: { links: number; confirmed: number; rejected: number };
  indicators: IndicatorState[];
}

export type TargetOutcome = 'met' | 'not_met' | 'partial' | 'no_data';

export interface TargetState {
  period: string;
  target: number;
  value: number | null;
  /** The period of the measurement compared, which may cover only part of the target's. */
  valuePeriod: string | null;
  linkId: string | null;
  quote: string | null;
  outcome: TargetOutcome;
}

export interface IndicatorState {
  indicatorId: string;
  metric: string;
  unit: string;
  baseline: Figure | null;
  targets: TargetState[];
}

export type StatusCounts = Record<MeasureStatus, number>;

export interface Progress {
  counts: StatusCounts;
  /** Done measures over those not dropped, 0..1; null when there are none. */
  doneShare: number | null;
}

export interface PlanState {
  planId: string;
  asOf: string;
  progress: Progress;
  roadmaps: { roadmapId: string; title: string; area: string; progress: Progress }[];
  measures: MeasureState[];
}

export function planStatus(plan: PlanFile, links: readonly ReviewedLink[], asOf: string): PlanState {
  const measures = plan.roadmaps.flatMap((roadmap) => roadmap.measures.map((measure) =>
    measureStatus(measure, roadmap.id, links.filter((link) => link.measureId === measure.id), asOf)));
  return {
    planId: plan.id,
    asOf,
    progress: progressOf(measures),
    roadmaps: plan.roadmaps.map((roadmap) => ({
      roadmapId: roadmap.id, title: roadmap.title, area: roadmap.area,
      progress: progressOf(measures.filter((state) => state.roadmapId === roadmap.id)),
    })),
    measures,
  };
}

export function measureStatus(measure: Measure, roadmapId: string, links: readonly ReviewedLink[], asOf: string): MeasureState {
  const usable = links.filter((link) => link.review?.verdict !== 'rejected' && (link.factDate === null || link.factDate <= asOf));
  const indicators = (measure.indicators ?? []).map((indicator) => indicatorState(indicator,
    usable.filter((link) => link.target === 'indicator' && link.indicatorId === indicator.id)));
  const base = {
    measureId: measure.id, roadmapId, title: measure.title, deadline: measure.deadline ?? null, indicators,
    evidence: {
      links: links.length,
      confirmed: links.filter((link) => link.review?.verdict === 'confirmed').length,
      rejected: links.filter((link) => link.review?.verdict === 'rejected').length,
    },
  };
  const recorded = recordedStatus(measure, asOf);
  if (recorded.status === 'done' || recorded.status === 'dropped') return { ...base, ...recorded };
  const completion = usable.find(isCompletion);
  if (completion) return { ...base, status: 'done', source: `evidence ${completion.id} (confirmed ${completion.factKind}): ${clip(completion.quote)}` };
  const targets = indicators.flatMap((indicator) => indicator.targets);
  if (targets.length > 0 && targets.every((target) => target.outcome === 'met')) {
    return { ...base, status: 'done', source: `every indicator target met (${targets.map((t) => `${t.period}: ${t.value}`).join(', ')})` };
  }
  if (measure.deadline && measure.deadline < asOf) {
    return { ...base, status: 'overdue', source: `deadline ${measure.deadline} passed with no evidence of completion as of ${asOf}` };
  }
  if (recorded.status === 'in_progress') return { ...base, ...recorded };
  const progress = [...usable].sort((a, b) => Number(b.review?.verdict === 'confirmed') - Number(a.review?.verdict === 'confirmed') || b.score - a.score)[0];
  if (progress) return { ...base, status: 'in_progress', source: `evidence ${progress.id} (score ${progress.score}): ${clip(progress.quote)}` };
  return { ...base, ...recorded };
}

/** The last status the plan file records on or before the day, else the status it gives the measure. */
function recordedStatus(measure: Measure, asOf: string): { status: MeasureStatus; source: string } {
  const entries = (measure.history ?? []).filter((entry) => entry.on <= asOf).sort((a, b) => a.on.localeCompare(b.on));
  const last = entries.at(-1);
  if (last) return { status: last.status, source: `recorded ${last.on}: ${last.source}` };
  return { status: measure.status === 'overdue' ? 'planned' : measure.status, source: 'plan file' };
}

/** A curator-confirmed signing or signed document is evidence that a measure was carried out. */
function isCompletion(link: ReviewedLink): boolean {
  if (link.review?.verdict !== 'confirmed' || link.target === 'indicator') return false;
  if (link.factKind === 'instrument') return true;
  return link.factKind === 'event' && 'type' in link.fact && link.fact.type === 'signing';
}

function indicatorState(indicator: PlanIndicator, links: readonly ReviewedLink[]): IndicatorState {
  const measured = links.filter((link) => link.factKind === 'measurement' && (link.fact as Measurement).unit === indicator.unit);
  return {
    indicatorId: indicator.id, metric: indicator.metric, unit: indicator.unit, baseline: indicator.baseline ?? null,
    targets: indicator.targets.map((target) => targetState(target, indicator.direction ?? 'increase', measured)),
  };
}

function targetState(target: Figure, direction: 'increase' | 'decrease', links: readonly ReviewedLink[]): TargetState {
  const span = periodBounds(target.period);
  const within = links
    .map((link) => ({ link, period: (link.fact as Measurement).period }))
    .filter(({ period }) => period?.start && period.end && period.start >= span.start && period.end <= span.end)
    .sort((a, b) => b.period!.end!.localeCompare(a.period!.end!) || Number(b.link.review?.verdict === 'confirmed') - Number(a.link.review?.verdict === 'confirmed') || b.link.score - a.link.score);
  const latest = within[0];
  if (!latest) return { period: target.period, target: target.value, value: null, valuePeriod: null, linkId: null, quote: null, outcome: 'no_data' };
  const value = (latest.link.fact as Measurement).value;
  const reached = direction === 'increase' ? value >= target.value : value <= target.value;
  const whole = latest.period!.start === span.start && latest.period!.end === span.end;
  const outcome: TargetOutcome = reached ? 'met' : whole ? 'not_met' : 'partial';
  return {
    period: target.period, target: target.value, value, valuePeriod: `${latest.period!.start}..${latest.period!.end}`,
    linkId: latest.link.id, quote: latest.link.quote, outcome,
  };
}

/** "2024" → 2024-01-01..2024-12-31; "2024-06" → the month; "a..b" → from a's first day to b's last. */
export function periodBounds(period: string): { start: string; end: string } {
  const [from, to = from] = period.split('..');
  return { start: firstDay(from), end: lastDay(to) };
}

function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

function lastDay(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const days = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).getUTCDate();
    return `${value}-${String(days).padStart(2, '0')}`;
  }
  return value;
}

function progressOf(states: readonly MeasureState[]): Progress {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const state of states) counts[state.status] += 1;
  const live = states.length - counts.dropped;
  return { counts, doneShare: live === 0 ? null : Math.round((counts.done / live) * 1000) / 1000 };
}

function clip(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ');
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}
