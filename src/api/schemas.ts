// The API's inputs as zod schemas: the routes validate with them and /openapi.json describes them.
import { z } from 'zod';
import { INDICATORS } from '../core/facts.js';
import { FACT_KINDS } from '../core/extraction.js';
import { LANGS } from '../core/language.js';

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
