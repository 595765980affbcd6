// The JSON Schema of the JSON and JSON Lines exports, built from the same column list the exporter writes,
// so the two cannot drift apart. `schemas/export.schema.json` is this, written out (a test keeps it in sync).
import { COLUMNS, EXPORT_KINDS, type ExportKind } from './records.js';

type JsonType = 'string' | 'number' | 'integer' | 'boolean';

const COLUMN_TYPES: Record<string, JsonType> = {
  value: 'number', span_start: 'integer', span_end: 'integer', planned: 'boolean',
  figure_value: 'number', corroboration: 'integer', conflict: 'boolean',
  links: 'integer', confirmed_links: 'integer', rejected_links: 'integer',
};

/** Columns every record has a value in; the records built from read models (series, plans) promise more. */
const NEVER_NULL = new Set(['id', 'kind', 'document_id', 'file']);
const NEVER_NULL_DERIVED = new Set(['figure', 'indicator', 'value', 'unit', 'corroboration', 'figure_value', 'conflict',
  'plan_id', 'plan_title', 'roadmap_id', 'measure_id', 'measure_title', 'status', 'as_of', 'links']);

function neverNull(kind: ExportKind, column: string): boolean {
  return NEVER_NULL.has(column) || ((kind === 'series' || kind === 'plans') && NEVER_NULL_DERIVED.has(column));
}

const DESCRIPTIONS: Record<string, string> = {
  id: 'Stable id of the fact in the store',
  quote: 'The sentence or clause the fact comes from',
  span_start: 'UTF-16 offset of the quote in the stored document text',
  span_end: 'End of the quote, exclusive',
  document_id: 'The source document',
  published: 'Publication date of the source document (ISO)',
  period_start: 'First day of the period the figure covers (ISO)',
  period_end: 'Last day of the period the figure covers (ISO)',
  parties: 'ISO 3166 codes separated by spaces',
  participants: 'Names separated by "; " (events), or ISO 3166 codes separated by spaces (instruments in the timeline)',
  figure: 'Stable key of the figure: indicator, period, direction, pair and unit',
  direction: 'Direction of a flow, "AZ>RU"; null for both directions',
  corroboration: 'Distinct stories that report this value',
  figure_value: 'The best supported value of the figure (most stories, then the most precise)',
  conflict: 'Whether sources disagree on the figure beyond rounding',
  conflict_reason: 'Likely reason of the disagreement (period_granularity, direction, preliminary, agency, revision, rounding, unexplained)',
  recorded_status: 'The status the plan file gives the measure',
  status: 'The status judged from history, evidence and deadline as of as_of',
  status_source: 'What decided the status',
  as_of: 'The day the status is judged on (ISO)',
  links: 'Evidence links of the measure',
  planned: 'Scheduled or announced rather than reported as having happened',
};

function recordSchema(kind: ExportKind) {
  const properties = Object.fromEntries(COLUMNS[kind].map((column) => [column, {
    type: neverNull(kind, column) ? COLUMN_TYPES[column] ?? 'string' : [COLUMN_TYPES[column] ?? 'string', 'null'],
    ...(DESCRIPTIONS[column] ? { description: DESCRIPTIONS[column] } : {}),
  }]));
  return { type: 'object', additionalProperties: false, required: [...COLUMNS[kind]], properties };
}

export function exportJsonSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://concord.example/schemas/export.schema.json',
    title: 'Concord export',
    description: 'The JSON form of `concord export --format json`: the kind exported, its columns, and one record per fact ' +
      '(series: per figure and source; plans: per measure; timeline: per event or instrument). ' +
      'The JSON Lines form holds the records alone, one per line ($defs).',
    type: 'object',
    required: ['kind', 'columns', 'items'],
    additionalProperties: false,
    properties: {
      kind: { enum: [...EXPORT_KINDS] },
      columns: { type: 'array', items: { type: 'string' } },
      items: { type: 'array' },
    },
    oneOf: EXPORT_KINDS.map((kind) => ({
      properties: { kind: { const: kind }, items: { type: 'array', items: { $ref: `#/$defs/${kind}` } } },
    })),
    $defs: Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, recordSchema(kind)])),
  };
}
