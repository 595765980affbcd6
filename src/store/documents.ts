// The documents repository: a document is saved once by content hash, together with its mentions
// and facts in one transaction, and read back as summaries or whole with its facts.
import type pg from 'pg';
import type { SourceDocument } from '../core/document.js';
import type { Extraction } from '../core/extraction.js';
import type { Mention } from '../core/mention.js';
import { StoreError } from '../core/errors.js';
import { documentFacts, factRecords, FACT_RECORD_COLUMNS, type FactRow } from './facts.js';
import { parsePeriodFilter } from './period.js';
import { placeInStories, type DocumentKnowledge, type StoryNewcomer, type StoryPolicy } from './stories.js';
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
  sort?: DocumentSort;
}

export const DOCUMENT_SORTS = ['newest', 'oldest', 'title', 'ingested'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** Each order ends with the id, so that pages never overlap. */
const DOCUMENT_ORDER: Record<DocumentSort, string> = {
  newest: 'd.published DESC NULLS LAST, d.id',
  oldest: 'd.published ASC NULLS LAST, d.id',
  title: 'lower(coalesce(d.title, d.file)), d.id',
  ingested: 'd.ingested_at DESC, d.id',
};

export type SaveStatus = 'new' | 'unchanged';

/** The id is the start of the content hash: the same text always gets the same id. */
export function documentId(contentHash: string): string {
  return `doc_${contentHash.slice(0, 16)}`;
}

/** What the knowledge stage knows of a document, and how the store is to place it among stories. */
export interface SaveKnowledge {
  knowledge: DocumentKnowledge;
  policy: StoryPolicy;
}

/** One document to store, with what was extracted from it (and, when given, its knowledge). */
export interface DocumentToSave {
  doc: SourceDocument;
  extraction: Extraction;
  knowledge?: SaveKnowledge;
}

/** How one document of a batch fared: stored (new or already there), or not stored at all. */
export type SaveResult = { id: string; status: SaveStatus } | { id: string; error: StoreError };

/**
 * Stores a document with its mentions and facts (and, when given, its knowledge and story), or nothing at all
 * if any part fails. A document already stored (same content hash) is left as it is, also when two savers race.
 */
export async function saveDocument(
  pool: pg.Pool, doc: SourceDocument, extraction: Extraction, knowledge?: SaveKnowledge,
): Promise<{ id: string; status: SaveStatus }> {
  const [result] = await saveDocuments(pool, [{ doc, extraction, knowledge }]);
  if ('error' in result) throw result.error;
  return result;
}

/**
 * Stores several documents in one transaction: their rows go in with one statement, so a batch costs one
 * commit instead of one per document. Transactions only ever hold whole documents; if the batch fails, each
 * document is tried again alone, so one bad document costs only itself. Results are in the order given.
 */
export async function saveDocuments(pool: pg.Pool, items: DocumentToSave[]): Promise<SaveResult[]> {
  const results = await writeBatch(pool, items);
  await keepStatistics(pool, results.filter((result) => 'status' in result && result.status === 'new').length);
  return results;
}

async function writeBatch(pool: pg.Pool, items: DocumentToSave[]): Promise<SaveResult[]> {
  if (items.length > 1) {
    try {
      return await inTransaction(pool, (tx) => writeDocuments(tx, items));
    } catch {
      // Fall through: which document failed is found by storing each alone.
    }
  }
  const results: SaveResult[] = [];
  for (const item of items) {
    try {
      results.push(...await inTransaction(pool, (tx) => writeDocuments(tx, [item])));
    } catch (error) {
      const { file } = item.doc;
      results.push({
        id: documentId(item.doc.contentHash),
        error: new StoreError('write_failed', `${file}: could not be stored: ${(error as Error).message}`, { file }),
      });
    }
  }
  return results;
}

/** Per database, the documents counted at the last VACUUM (ANALYZE) and those stored since. */
const growth = new WeakMap<pg.Pool, { analyzed: number; since: number }>();

/**
 * Keeps the planner's statistics and the visibility map in step with the store's growth: VACUUM (ANALYZE) each time
 * the documents have grown by as many again (at least a thousand). The embedded engine has no autovacuum to do
 * it: without statistics its plans for the story-key and fact lookups turn into scans of whole tables, and without
 * the visibility map every count reads the table instead of its index (at 100k documents, 3.5 s once against
 * counts of facts 5 times and of documents 6 times faster on every page).
 */
async function keepStatistics(pool: pg.Pool, stored: number): Promise<void> {
  if (stored === 0) return;
  let state = growth.get(pool);
  if (!state) {
    const found = await pool.query<{ n: number }>(
      `SELECT greatest(reltuples, 0)::bigint::integer AS n FROM pg_class WHERE oid = to_regclass('documents')`);
    state = { analyzed: found.rows[0]?.n ?? 0, since: 0 };
    growth.set(pool, state);
  }
  state.since += stored;
  if (state.since < Math.max(1000, state.analyzed)) return;
  state.analyzed += state.since;
  state.since = 0;
  await pool.query('VACUUM (ANALYZE) documents, mentions, facts, document_knowledge, story_keys');
}

/** The documents, mentions and facts of a batch as rows, inserted by one statement; returns the new ids. */
const INSERT_DOCUMENTS = `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
      id text, content_hash text, file text, source text, title text, url text, outlet text, published date,
      lang text, format text, text text, mentions jsonb, facts jsonb)
  ), inserted AS (
    INSERT INTO documents (id, content_hash, file, source, title, url, outlet, published, lang, format, text)
    SELECT id, content_hash, file, source, title, url, outlet, published, lang, format, text FROM input
    ON CONFLICT (content_hash) DO NOTHING
    RETURNING id
  ), inserted_mentions AS (
    INSERT INTO mentions (document_id, items)
    SELECT input.id, input.mentions FROM input JOIN inserted USING (id)
  ), inserted_facts AS (
    INSERT INTO facts (id, document_id, kind, ordinal, data, quote, span_start, span_end,
                       indicator, period_start, period_end, parties)
    SELECT f.id, input.id, f.kind, f.ordinal, f.data, f.quote, f.span_start, f.span_end,
           f.indicator, f.period_start, f.period_end, f.parties
    FROM input JOIN inserted USING (id), jsonb_to_recordset(input.facts) AS f(${FACT_RECORD_COLUMNS})
  )
  SELECT id FROM inserted`;

async function writeDocuments(tx: Queryable, items: DocumentToSave[]): Promise<SaveResult[]> {
  const ids = items.map((item) => documentId(item.doc.contentHash));
  // A text twice in one batch is stored once, as its first occurrence; the later ones are "unchanged".
  const firsts = new Map<string, number>();
  ids.forEach((id, index) => { if (!firsts.has(id)) firsts.set(id, index); });
  const rows = [...firsts.values()].map((index) => documentRow(ids[index], items[index]));
  const inserted = await tx.query<{ id: string }>(INSERT_DOCUMENTS, [JSON.stringify(rows)]);
  const fresh = new Set(inserted.rows.map((row) => row.id));
  const results: SaveResult[] = [];
  const newcomers = new Map<StoryPolicy, StoryNewcomer[]>();
  for (const [index, { doc, knowledge }] of items.entries()) {
    const id = ids[index];
    const isNew = fresh.has(id) && firsts.get(id) === index;
    if (isNew && knowledge) {
      const placed = newcomers.get(knowledge.policy) ?? [];
      placed.push({ copy: { id, published: doc.published, length: doc.text.length }, knowledge: knowledge.knowledge });
      newcomers.set(knowledge.policy, placed);
    }
    results.push({ id, status: isNew ? 'new' : 'unchanged' });
  }
  // Stories are placed one document after another, each seeing the batch's earlier documents.
  for (const [policy, placed] of newcomers) await placeInStories(tx, placed, policy);
  return results;
}

function documentRow(id: string, { doc, extraction }: DocumentToSave) {
  return {
    id,
    content_hash: doc.contentHash,
    file: doc.file,
    source: doc.source,
    title: doc.title,
    url: doc.url,
    outlet: doc.outlet,
    published: doc.published,
    lang: doc.lang === 'und' ? extraction.lang : doc.lang,
    format: doc.format,
    text: doc.text,
    mentions: extraction.mentions,
    facts: factRecords(id, extraction),
  };
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
    ORDER BY ${DOCUMENT_ORDER[filter.sort ?? 'newest']}
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
