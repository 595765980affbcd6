// The JSON Schema of the JSON and JSON Lines exports, built from the same column list the exporter writes,
// so the two cannot drift apart. `schemas/export.schema.json` is this, written out (a test keeps it in sync).
import { COLUMNS, EXPORT_KINDS, type ExportKind } from './records.js';

type JsonType = 'string' | 'number' | 'integer' | 'boolean';

const COLUMN_TYPES: Record<string, JsonType> = {
  value: 'number', span_start: 'integer', span_end: 'integer', planned: 'boolean',
};

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
  participants: 'Names separated by "; "',
};

function recordSchema(kind: ExportKind) {
  const properties = Object.fromEntries(COLUMNS[kind].map((column) => [column, {
    type: column === 'id' || column === 'kind' || column === 'document_id' || column === 'file'
      ? COLUMN_TYPES[column] ?? 'string' : [COLUMN_TYPES[column] ?? 'string', 'null'],
    ...(DESCRIPTIONS[column] ? { description: DESCRIPTIONS[column] } : {}),
  }]));
  return { type: 'object', additionalProperties: false, required: [...COLUMNS[kind]], properties };
}

export function exportJsonSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://concord.example/schemas/export.schema.json',
    title: 'Concord export',
    description: 'The JSON form of `concord export --format json`: the kind exported, its columns, and one record per fact. ' +
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
