// The documents repository: a document is saved once by content hash, together with its mentions
// and facts in one transaction, and read back as summaries or whole with its facts.
import type pg from 'pg';
import type { SourceDocument } from '../core/document.js';
import type { Extraction } from '../core/extraction.js';
import type { Mention } from '../core/mention.js';
import { StoreError } from '../core/errors.js';
import { documentFacts, insertFacts, type FactRow } from './facts.js';
import { parsePeriodFilter } from './period.js';
import { Conditions, inTransaction, likePattern, pageBounds, type Page, type PageRequest, type Queryable } from './sql.js';

export interface DocumentSummary {
  id: string;
  contentHash: string;
  file: string;
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  format: string;
  /** ISO timestamp of the first save. */
  ingestedAt: string;
  factCount: number;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
  mentions: Mention[];
  facts: FactRow[];
}

export interface DocumentFilter extends PageRequest {
  lang?: string;
  outlet?: string;
  /** Published on or after this day (ISO). */
  from?: string;
  /** Published on or before this day (ISO). */
  to?: string;
  /** Part of the title, any case. */
  title?: string;
}

export type SaveStatus = 'new' | 'unchanged';

/** The id is the start of the content hash: the same text always gets the same id. */
export function documentId(contentHash: string): string {
  return `doc_${contentHash.slice(0, 16)}`;
}

/**
 * Stores a document with its mentions and facts, or nothing at all if any part fails.
 * A document already stored (same content hash) is left as it is, also when two savers race.
 */
export async function saveDocument(
  pool: pg.Pool, doc: SourceDocument, extraction: Extraction,
): Promise<{ id: string; status: SaveStatus }> {
  const id = documentId(doc.contentHash);
  const lang = doc.lang === 'und' ? extraction.lang : doc.lang;
  try {
    return await inTransaction(pool, async (tx) => {
      const inserted = await tx.query(`
        INSERT INTO documents (id, content_hash, file, source, title, url, outlet, published, lang, format, text)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $11)
        ON CONFLICT (content_hash) DO NOTHING`,
      [id, doc.contentHash, doc.file, doc.source, doc.title, doc.url, doc.outlet, doc.published, lang, doc.format, doc.text]);
      if (inserted.rowCount === 0) return { id, status: 'unchanged' as const };
      await tx.query('INSERT INTO mentions (document_id, items) VALUES ($1, $2::jsonb)', [id, JSON.stringify(extraction.mentions)]);
      await insertFacts(tx, id, extraction);
      return { id, status: 'new' as const };
    });
  } catch (error) {
    throw new StoreError('write_failed', `${doc.file}: could not be stored: ${(error as Error).message}`, { file: doc.file });
  }
}

const SUMMARY_COLUMNS = `
  d.id, d.content_hash, d.file, d.source, d.title, d.url, d.outlet,
  to_char(d.published, 'YYYY-MM-DD') AS published, d.lang, d.format, d.ingested_at,
  (SELECT count(*)::integer FROM facts f WHERE f.document_id = d.id) AS fact_count`;

export async function listDocuments(db: Queryable, filter: DocumentFilter = {}): Promise<Page<DocumentSummary>> {
  const { limit, offset } = pageBounds(filter);
  const where = new Conditions();
  if (filter.lang !== undefined) where.add(`d.lang = ${where.param(filter.lang)}`);
  if (filter.outlet !== undefined) where.add(`d.outlet = ${where.param(filter.outlet)}`);
  if (filter.from !== undefined) where.add(`d.published >= ${where.param(parsePeriodFilter(filter.from, 'from').start)}::date`);
  if (filter.to !== undefined) where.add(`d.published <= ${where.param(parsePeriodFilter(filter.to, 'to').end)}::date`);
  if (filter.title !== undefined) where.add(`d.title ILIKE ${where.param(likePattern(filter.title))}`);
  const count = await db.query<{ total: number }>(
    `SELECT count(*)::integer AS total FROM documents d ${where.toSql()}`, where.params);
  const rows = await db.query<DocumentSqlRow>(`
    SELECT ${SUMMARY_COLUMNS} FROM documents d ${where.toSql()}
    ORDER BY d.published DESC NULLS LAST, d.id
    LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}`, where.params);
  return { items: rows.rows.map(toSummary), total: count.rows[0].total, limit, offset };
}

/** A document with its text, mentions and facts; null when there is none with that id. */
export async function getDocument(db: Queryable, id: string): Promise<StoredDocument | null> {
  const found = await db.query<DocumentSqlRow & { text: string; mentions: Mention[] | null }>(`
    SELECT ${SUMMARY_COLUMNS}, d.text, m.items AS mentions
    FROM documents d LEFT JOIN mentions m ON m.document_id = d.id
    WHERE d.id = $1`, [id]);
  if (found.rowCount === 0) return null;
  const row = found.rows[0];
  return { ...toSummary(row), text: row.text, mentions: row.mentions ?? [], facts: await documentFacts(db, id) };
}

interface DocumentSqlRow {
  id: string;
  content_hash: string;
  file: string;
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  format: string;
  ingested_at: Date;
  fact_count: number;
}

function toSummary(row: DocumentSqlRow): DocumentSummary {
  return {
    id: row.id,
    contentHash: row.content_hash,
    file: row.file,
    source: row.source,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    lang: row.lang,
    format: row.format,
    ingestedAt: row.ingested_at.toISOString(),
    factCount: row.fact_count,
  };
}
