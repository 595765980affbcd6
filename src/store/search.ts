// Full-text search over documents, English and Russian stemmed: the query is read with each
// language's rules and the readings are OR-ed, so "дорожную карту" finds "дорожной карты".
import type { Queryable } from './sql.js';
import { pageBounds, type Page, type PageRequest } from './sql.js';

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

const HEADLINE_OPTIONS =
  `StartSel=${HIGHLIGHT.start}, StopSel=${HIGHLIGHT.stop}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;

export async function search(db: Queryable, query: string, request: PageRequest = {}): Promise<Page<SearchHit>> {
  const { limit, offset } = pageBounds(request);
  // 'simple' keeps the query's words as they are, for documents in languages without stemming.
  const matching = `
    WITH q AS (
      SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1)
             || websearch_to_tsquery('simple', $1) AS query
    ), hits AS (
      SELECT d.*, ts_rank_cd(d.tsv, q.query) AS rank, q.query
      FROM documents d, q
      WHERE d.tsv @@ q.query
    )`;
  const count = await db.query<{ total: number }>(`${matching} SELECT count(*)::integer AS total FROM hits`, [query]);
  const rows = await db.query<SearchHit>(`
    ${matching}, page AS (
      SELECT * FROM hits ORDER BY rank DESC, published DESC NULLS LAST, id LIMIT $2 OFFSET $3
    )
    SELECT id, file, title, outlet, to_char(published, 'YYYY-MM-DD') AS published, lang, rank,
           ts_headline(search_config(lang), text, query, $4) AS snippet
    FROM page
    ORDER BY rank DESC, published DESC NULLS LAST, id`,
  [query, limit, offset, HEADLINE_OPTIONS]);
  return { items: rows.rows, total: count.rows[0].total, limit, offset };
}
