// Export records that are not one stored fact each: indicator series (one row per figure and source, with
// corroboration and conflicts), plans (one row per measure with its status as of a day), and the timeline
// (events and instruments by date). Pure: read models in, records out, in a stable order.
import type { Figure } from '../../knowledge/figures/index.js';
import { planStatus, type PlanFile, type ReviewedLink } from '../../plans/index.js';
import type { EvidenceRow } from '../../store/index.js';
import type { ExportRecord } from './records.js';

export const SERIES_COLUMNS = ['id', 'figure', 'indicator', 'label', 'period_start', 'period_end', 'value', 'unit', 'qualifier',
  'direction', 'from', 'to', 'pair', 'corroboration', 'figure_value', 'conflict', 'conflict_reason'] as const;

export const PLAN_COLUMNS = ['id', 'plan_id', 'plan_title', 'plan_start', 'plan_end', 'parties', 'roadmap_id', 'roadmap_title',
  'area', 'measure_id', 'measure_title', 'deadline', 'recorded_status', 'status', 'status_source', 'as_of', 'links',
  'confirmed_links', 'rejected_links'] as const;

export const TIMELINE_COLUMNS = ['id', 'date', 'end_date', 'kind', 'type', 'title', 'place', 'participants', 'planned', 'pair'] as const;

type SourceFields = Record<'document_id' | 'file' | 'outlet' | 'published' | 'quote' | 'span_start' | 'span_end', string | number | null>;

/** One record per figure and source: each value a source reports, beside the figure's best value. */
export function seriesRecords(figures: readonly Figure[]): ExportRecord[] {
  return figures.flatMap((figure) => figure.values.flatMap((value) => value.sources.map((source) => ({
    id: `${figure.key}|${source.fact}`,
    figure: figure.key,
    indicator: figure.indicator,
    label: figure.label ?? null,
    period_start: figure.period?.start ?? null,
    period_end: figure.period?.end ?? null,
    value: value.value,
    unit: figure.unit,
    qualifier: value.qualifier,
    direction: figure.from && figure.to ? `${figure.from}>${figure.to}` : null,
    from: figure.from,
    to: figure.to,
    pair: figure.pair,
    corroboration: value.corroboration,
    figure_value: figure.value,
    conflict: figure.conflict !== null,
    conflict_reason: figure.conflict?.code ?? null,
    ...sourceFields({ documentId: source.document, file: source.file, outlet: source.outlet, published: source.published, quote: source.quote, span: source.span }),
  }))));
}

/** One record per measure, its status judged as of the day given. */
export function planRecords(plans: ReadonlyArray<{ plan: PlanFile; links: readonly ReviewedLink[] }>, asOf: (plan: PlanFile) => string): ExportRecord[] {
  return [...plans].sort((a, b) => a.plan.id.localeCompare(b.plan.id)).flatMap(({ plan, links }) => {
    const day = asOf(plan);
    const state = planStatus(plan, links, day);
    return plan.roadmaps.flatMap((roadmap) => roadmap.measures.map((measure) => {
      const measured = state.measures.find((m) => m.measureId === measure.id && m.roadmapId === roadmap.id)!;
      return {
        id: `${plan.id}/${roadmap.id}/${measure.id}`,
        plan_id: plan.id, plan_title: plan.title, plan_start: plan.period.start, plan_end: plan.period.end,
        parties: plan.parties.join(' '),
        roadmap_id: roadmap.id, roadmap_title: roadmap.title, area: roadmap.area,
        measure_id: measure.id, measure_title: measure.title, deadline: measure.deadline ?? null,
        recorded_status: measure.status, status: measured.status, status_source: measured.source, as_of: day,
        links: measured.evidence.links, confirmed_links: measured.evidence.confirmed, rejected_links: measured.evidence.rejected,
      };
    }));
  });
}

/** Events and instruments, by the day they happened or were signed; those without one last. */
export function timelineRecords(rows: readonly EvidenceRow[]): ExportRecord[] {
  const records = rows.flatMap((row): ExportRecord[] => {
    const common = { id: row.id, pair: row.countryPair ? [...row.countryPair].sort().join('-') : null, ...sourceFields(row) };
    if (row.kind === 'event') {
      const f = row.fact;
      return [{ ...common, date: f.date ?? f.period?.start ?? null, end_date: f.end_date ?? f.period?.end ?? null, kind: 'event', type: f.type,
        title: f.title, place: f.place, participants: f.participants.join('; '), planned: f.planned ?? false }];
    }
    if (row.kind === 'instrument') {
      const f = row.fact;
      return [{ ...common, date: f.signed_on, end_date: null, kind: 'instrument', type: f.type, title: f.title,
        place: f.place, participants: f.parties.join(' '), planned: false }];
    }
    return [];
  });
  return records.sort((a, b) => String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')) || String(a.id).localeCompare(String(b.id)));
}

function sourceFields(row: { documentId: string; file: string; outlet: string | null; published: string | null; quote: string | null; span: readonly [number, number] | null }): SourceFields {
  return {
    document_id: row.documentId, file: row.file, outlet: row.outlet, published: row.published,
    quote: row.quote, span_start: row.span?.[0] ?? null, span_end: row.span?.[1] ?? null,
  };
}
