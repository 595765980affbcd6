// Full-text search over documents, English and Russian stemmed: the query is read with each
// language's rules and the readings are OR-ed, so "дорожную карту" finds "дорожной карты".
import { queryLexemes, snippet } from './snippet.js';
import type pg from 'pg';
import { inTransaction, pageBounds, type Page, type PageRequest } from './sql.js';

export interface SearchHit {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  rank: number;
  /** Passages around the matches, each match wrapped in HIGHLIGHT.start … HIGHLIGHT.stop. */
  snippet: string;
}

/** Brackets press texts do not use, so the edges can turn them into marks without escaping worries. */
export const HIGHLIGHT = { start: '⟦', stop: '⟧' } as const;

const SNIPPET = { fragments: 2, words: 30, ...HIGHLIGHT };

/**
 * Ranking reads each match's whole index entry, so on a large store only the newest this many matches (or as many
 * as the page asked for reaches) are ranked: a query matching half of 100k documents stays as fast as a rare one.
 */
export const RANK_WINDOW = 300;

// 'simple' keeps the query's words as they are, for documents in languages without stemming.
const QUERY = `websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1)
  || websearch_to_tsquery('simple', $1)`;

/**
 * One pass over the full-text index finds the matches with their dates (counted, and the newest kept for ranking);
 * only the page's rows are read whole. The planner is kept from reading every document's index entry instead
 * (a sequential scan), which it prefers when a word is common although the index alone answers without them.
 */
const SEARCH = `
  WITH q AS (SELECT ${QUERY} AS query
  ), matches AS MATERIALIZED (
    SELECT d.id, d.published FROM documents d, q WHERE d.tsv @@ q.query
  ), newest AS (
    SELECT id FROM matches ORDER BY published DESC NULLS LAST, id LIMIT $4
  ), page AS (
    SELECT d.id, d.file, d.title, d.outlet, d.published, d.lang, d.text, ts_rank_cd(d.tsv, q.query) AS rank, q.query
    FROM newest JOIN documents d USING (id), q
    ORDER BY rank DESC, d.published DESC NULLS LAST, d.id LIMIT $2 OFFSET $3
  )
  SELECT (SELECT count(*)::integer FROM matches) AS total,
         p.id, p.file, p.title, p.outlet, to_char(p.published, 'YYYY-MM-DD') AS published, p.lang, p.rank, p.text,
         p.query::text AS query
  FROM (SELECT 1) AS one LEFT JOIN page p ON true
  ORDER BY p.rank DESC, p.published DESC NULLS LAST, p.id`;

type SearchRow = { total: number } & (
  | (Omit<SearchHit, 'snippet'> & { text: string; query: string })
  | { id: null });

export async function search(
  pool: pg.Pool, query: string, request: PageRequest = {}, rankWindow = RANK_WINDOW,
): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(request);
  const window = Math.max(rankWindow, offset + (limit ?? 0));
  const rows = await inTransaction(pool, async (tx) => {
    await tx.query('SET LOCAL enable_seqscan = off');
    return (await tx.query<SearchRow>(SEARCH, [query, limit, offset, window])).rows;
  });
  const items = rows.flatMap((row) => {
    if (row.id === null) return [];
    const { total, text, query: parsed, ...hit } = row;
    return [{ ...hit, snippet: snippet(text, queryLexemes(parsed), SNIPPET) }];
  });
  return { items, total: rows[0]?.total ?? 0, limit, offset };
}
