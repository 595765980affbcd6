// Flat export records, one per fact, with the columns of each kind in a fixed order: what CSV, JSON and
// JSON Lines exports share. Every record carries its source (document, outlet, date, quote, span).
// Series, plans and timeline records are built from read models instead (derived.ts).
import type { FactRow } from '../../store/index.js';
import { PLAN_COLUMNS, SERIES_COLUMNS, TIMELINE_COLUMNS } from './derived.js';

export const FACT_EXPORT_KINDS = ['facts', 'measurements', 'instruments', 'events', 'people'] as const;
export type FactExportKind = (typeof FACT_EXPORT_KINDS)[number];
export const EXPORT_KINDS = [...FACT_EXPORT_KINDS, 'series', 'plans', 'timeline'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The fact kind each export kind reads; "facts" reads all of them. */
export const STORE_KIND: Record<FactExportKind, FactRow['kind'] | undefined> = {
  facts: undefined, measurements: 'measurement', instruments: 'instrument', events: 'event', people: 'person',
};

const SOURCE_COLUMNS = ['document_id', 'file', 'outlet', 'published', 'quote', 'span_start', 'span_end'] as const;

export const COLUMNS: Record<ExportKind, readonly string[]> = {
  facts: ['id', 'kind', 'summary', ...SOURCE_COLUMNS],
  measurements: ['id', 'indicator', 'label', 'value', 'unit', 'qualifier', 'period_start', 'period_end', 'from', 'to',
    'scope', ...SOURCE_COLUMNS],
  instruments: ['id', 'type', 'title', 'signed_on', 'place', 'parties', 'valid_until', ...SOURCE_COLUMNS],
  events: ['id', 'type', 'title', 'date', 'end_date', 'place', 'participants', 'planned', ...SOURCE_COLUMNS],
  people: ['id', 'name', 'role', 'country', ...SOURCE_COLUMNS],
  series: [...SERIES_COLUMNS, ...SOURCE_COLUMNS],
  plans: PLAN_COLUMNS,
  timeline: [...TIMELINE_COLUMNS, ...SOURCE_COLUMNS],
};

export type ExportRecord = Record<string, string | number | boolean | null>;

export function toRecord(kind: FactExportKind, row: FactRow): ExportRecord {
  const source = {
    document_id: row.documentId, file: row.file, outlet: row.outlet, published: row.published,
    quote: row.quote, span_start: row.span?.[0] ?? null, span_end: row.span?.[1] ?? null,
  };
  const fields = kind === 'facts' ? { kind: row.kind, summary: summarise(row) } : kindFields(row);
  return pick(COLUMNS[kind], { id: row.id, ...fields, ...source });
}

function kindFields(row: FactRow): Record<string, unknown> {
  switch (row.kind) {
    case 'measurement': {
      const f = row.fact;
      return { ...f, period_start: f.period?.start ?? null, period_end: f.period?.end ?? null };
    }
    case 'instrument':
      return { ...row.fact, parties: row.fact.parties.join(' ') };
    case 'event':
      return { ...row.fact, participants: row.fact.participants.join('; '), planned: row.fact.planned ?? false };
    case 'person':
      return { ...row.fact };
  }
}

/** A one-line description of any fact, for the mixed "facts" export. */
export function summarise(row: FactRow): string {
  switch (row.kind) {
    case 'measurement': {
      const f = row.fact;
      const period = f.period ? ` ${f.period.start ?? ''}..${f.period.end ?? ''}` : '';
      const flow = f.from || f.to ? ` ${f.from ?? ''}->${f.to ?? ''}` : '';
      return `${f.indicator}${f.label ? ` (${f.label})` : ''} ${f.qualifier} ${f.value} ${f.unit}${period}${flow}`;
    }
    case 'instrument': return `${row.fact.type}: ${row.fact.title}${row.fact.signed_on ? ` (${row.fact.signed_on})` : ''}`;
    case 'event': return `${row.fact.type}: ${row.fact.title}${row.fact.date ? ` (${row.fact.date})` : ''}`;
    case 'person': return `${row.fact.name}${row.fact.role ? `, ${row.fact.role}` : ''}${row.fact.country ? ` (${row.fact.country})` : ''}`;
  }
}

function pick(columns: readonly string[], values: Record<string, unknown>): ExportRecord {
  const record: ExportRecord = {};
  for (const column of columns) {
    const value = values[column];
    record[column] = value === undefined ? null : (value as ExportRecord[string]);
  }
  return record;
}
