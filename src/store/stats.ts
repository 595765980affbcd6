// Counts for a quick look at what the store holds.
import { FACT_KINDS, type FactKind } from '../core/extraction.js';
import type { Queryable } from './sql.js';

export interface StoreStats {
  documents: number;
  facts: Record<FactKind, number>;
}

export async function stats(db: Queryable): Promise<StoreStats> {
  const documents = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM documents');
  const facts = await db.query<{ kind: FactKind; n: number }>(
    'SELECT kind, count(*)::integer AS n FROM facts GROUP BY kind');
  const byKind = Object.fromEntries(FACT_KINDS.map((kind) => [kind, 0])) as Record<FactKind, number>;
  for (const row of facts.rows) byKind[row.kind] = row.n;
  return { documents: documents.rows[0].n, facts: byKind };
}
