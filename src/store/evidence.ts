// Facts as evidence for the knowledge stage: each with its document's story and country pair, so that
// figures, people and instruments can be reconciled across documents without reading the texts.
import type { KindedFact } from './facts.js';
import type { Queryable } from './sql.js';

export type EvidenceRow = KindedFact & {
  id: string;
  documentId: string;
  /** The document's content hash: with what a fact says, its stable key for curators' decisions. */
  contentHash: string;
  file: string;
  outlet: string | null;
  published: string | null;
  /** The document's story; its own id when it has no knowledge yet. */
  story: string;
  countryPair: [string, string] | null;
  quote: string | null;
  span: [number, number] | null;
};

export interface EvidenceFilter {
  kind?: KindedFact['kind'];
  indicator?: string;
}

/** Every fact of the kind, oldest document first. */
export async function listEvidence(db: Queryable, filter: EvidenceFilter = {}): Promise<EvidenceRow[]> {
  const rows = await db.query<{
    id: string; document_id: string; content_hash: string; file: string; outlet: string | null; published: string | null;
    story: string; country_pair: [string, string] | null; kind: KindedFact['kind']; data: Record<string, unknown>;
    quote: string | null; span_start: number | null; span_end: number | null;
  }>(`
    SELECT f.id, f.document_id, d.content_hash, d.file, d.outlet, to_char(d.published, 'YYYY-MM-DD') AS published,
           coalesce(k.story_id, d.id) AS story, k.country_pair, f.kind, f.data, f.quote, f.span_start, f.span_end
    FROM facts f JOIN documents d ON d.id = f.document_id
    LEFT JOIN document_knowledge k ON k.document_id = d.id
    WHERE ($1::text IS NULL OR f.kind = $1) AND ($2::text IS NULL OR f.indicator = $2)
    ORDER BY d.published NULLS LAST, d.id, f.span_start NULLS LAST, f.kind, f.ordinal`,
  [filter.kind ?? null, filter.indicator ?? null]);
  return rows.rows.map((row) => {
    const span: [number, number] | null = row.span_start === null ? null : [row.span_start, row.span_end!];
    return {
      id: row.id, documentId: row.document_id, contentHash: row.content_hash, file: row.file, outlet: row.outlet, published: row.published,
      story: row.story, countryPair: row.country_pair, quote: row.quote, span,
      kind: row.kind,
      fact: { ...row.data, ...(row.quote !== null && { quote: row.quote }), ...(span && { span }) },
    } as EvidenceRow;
  });
}
