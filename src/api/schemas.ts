// The API's inputs as zod schemas: the routes validate with them and /openapi.json describes them.
import { z } from 'zod';
import { EVENT_TYPES, INDICATORS, INSTRUMENT_TYPES } from '../core/facts.js';
import { FACT_KINDS } from '../core/extraction.js';
import { LANGS } from '../core/language.js';
import { AREA_IDS } from '../plans/areas/index.js';
import { DOCUMENT_SORTS, ENTITY_SORTS } from '../store/index.js';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('rows per page (1–200)'),
  offset: z.coerce.number().int().min(0).default(0).describe('rows to skip'),
};

export const DocumentsQuery = z.strictObject({
  lang: z.enum(LANGS).optional().describe('language of the text'),
  outlet: z.string().min(1).max(200).optional().describe('outlet, exactly'),
  from: isoDay.optional().describe('published on or after'),
  to: isoDay.optional().describe('published on or before'),
  title: z.string().min(1).max(200).optional().describe('part of the title, any case'),
  sort: z.enum(DOCUMENT_SORTS).optional().describe('newest (published, the default), oldest, title, or ingested (latest first)'),
  ...paging,
});

export const DocumentParams = z.object({ id: z.string().regex(/^doc_[0-9a-f]{16}$/, 'expected a document id (doc_ and 16 hex digits)') });

export const FactsQuery = z.strictObject({
  kind: z.enum(FACT_KINDS).optional(),
  indicator: z.enum(INDICATORS).optional().describe('measurements of this indicator'),
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/,
    'expected a year (2021), a month (2021-06), a day or a range (2021-01-01..2021-06-30)').optional(),
  party: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/, 'expected a country code such as AZ or RU-AST')
    .transform((code) => code.toUpperCase()).optional().describe('a country the fact concerns'),
  document: z.string().min(1).max(300).optional().describe('a document id or file name'),
  ...paging,
});

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'expected words to search for').max(500),
  ...paging,
});

export const PagingQuery = z.strictObject(paging);

const reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(500).describe('why: kept in the audit log');

export const UploadText = z.strictObject({
  text: z.string().min(1, 'expected the text of the document').max(5_000_000),
  file: z.string().regex(/^[\p{L}\p{N}_. -]{1,120}\.(txt|md)$/u, 'expected a plain file name ending in .txt or .md')
    .default('upload.txt'),
  title: z.string().max(500).optional(),
  published: isoDay.optional(),
  outlet: z.string().max(200).optional(),
  url: z.url().optional(),
  lang: z.enum(LANGS).optional(),
  reason,
});

export const UploadForm = z.object({
  file: z.instanceof(File, { message: 'expected a file in the "file" field' }),
  reason,
});

const pair = z.string().regex(/^[A-Za-z]{2}[-–][A-Za-z]{2}$/, 'expected two country codes such as RU-AZ')
  .transform((value) => value.toUpperCase().split(/[-–]/).sort().join('-'));

const indicator = z.enum(INDICATORS);

export const ConflictsQuery = z.strictObject({
  indicator: indicator.optional().describe('conflicts on this indicator'),
  pair: pair.optional().describe('conflicts on figures about this pair of countries, in any order (RU-AZ)'),
  ...paging,
});

export const IndicatorParams = z.object({ name: indicator });

export const IndicatorQuery = z.strictObject({
  pair: pair.optional().describe('figures about this pair of countries (RU-AZ); all figures when absent'),
  unit: z.string().min(1).max(20).optional().describe('figures in this unit only (USD, percent, count…)'),
  limit: z.coerce.number().int().min(1).max(500).default(200).describe('figures per page (1–500)'),
  offset: paging.offset,
  latest: z.literal('true').optional().describe('the page ends at the newest figure (offset counts back from it)'),
});

const entityId = (prefix: string) => z.object({
  id: z.string().regex(new RegExp(`^${prefix}_[0-9a-f]{16}$`), `expected an id (${prefix}_ and 16 hex digits)`),
});

export const PersonParams = entityId('person');
export const InstrumentParams = entityId('instrument');

export const PeopleQuery = z.strictObject({
  name: z.string().trim().min(1).max(200).optional().describe('part of a name or spelling, any case'),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'expected a country code such as AZ').transform((c) => c.toUpperCase()).optional(),
  sort: z.enum(ENTITY_SORTS).optional().describe('mentions (most cited first, the default) or name'),
  ...paging,
});

export const InstrumentsQuery = z.strictObject({
  type: z.enum(INSTRUMENT_TYPES).optional(),
  party: z.string().regex(/^[A-Za-z]{2}$/, 'expected a country code such as AZ').transform((c) => c.toUpperCase()).optional()
    .describe('a party to the instrument'),
  year: z.coerce.number().int().min(1900).max(2100).optional().describe('signed in this year'),
  sort: z.enum(ENTITY_SORTS).optional().describe('mentions (most cited first, the default) or name (title)'),
  ...paging,
});

const planFileId = z.string().max(200).regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'expected an id of letters, digits, ".", "_" or "-"');
export const PlanParams = z.object({ id: planFileId });
export const MeasureParams = z.object({ id: planFileId, measure: planFileId });

export const PlanQuery = z.strictObject({
  asOf: isoDay.optional().describe('statuses as of this day (today when absent)'),
});

export const ReviewQueueQuery = z.strictObject({
  kind: z.enum(['conflict', 'fact', 'link']).optional().describe('only items of this kind'),
  ...paging,
});

export const ReviewBody = z.strictObject({
  target: z.enum(['link', 'fact', 'figure', 'person', 'instrument', 'event'])
    .describe('what is reviewed: an evidence link of a plan measure, a fact (its id f_… or key fact_…), a figure key, an entity'),
  id: z.string().min(1).max(500),
  verdict: z.enum(['confirmed', 'rejected', 'corrected']),
  /** For "corrected": the fields and their new values, e.g. {"value": 3.4e9}. */
  fields: z.record(z.string().regex(/^[a-z_]{1,40}$/, 'expected a field name'), z.union([z.string().max(500), z.number(), z.boolean(), z.null(), z.array(z.string().max(200)).max(50)])).optional(),
  reason,
}).refine((body) => body.verdict !== 'corrected' || (body.fields && Object.keys(body.fields).length > 0),
  { message: 'a correction needs the fields it changes', path: ['fields'] })
  .refine((body) => body.target !== 'link' || body.verdict !== 'corrected', { message: 'a link is confirmed or rejected, not corrected', path: ['verdict'] });

export const TimelineQuery = z.strictObject({
  from: isoDay.optional().describe('entries on or after this day'),
  to: isoDay.optional().describe('entries on or before this day'),
  type: z.enum([...EVENT_TYPES, 'instrument']).optional(),
  pair: pair.optional().describe('entries about this pair of countries (RU-AZ)'),
  party: z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter country code').transform((code) => code.toUpperCase()).optional()
    .describe('entries concerning this country (AZ)'),
  area: z.enum(AREA_IDS).optional().describe('entries about this area of cooperation'),
  ...paging,
});
