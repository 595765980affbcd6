// The stories repository: each document's signature and band keys, its place in a story, and the stories
// read back. A new document is compared only with documents sharing one of its keys (at most `bucketLimit`
// per key), never with all; how copies are confirmed and which one is canonical is the caller's policy.
import type { Queryable } from './sql.js';

/** A signature as the store sees it: opaque JSON with its LSH band keys. */
export interface StoredSignature {
  version: number;
  bands: string[];
}

/** What the knowledge stage says about a document when it is saved. */
export interface DocumentKnowledge {
  /** The two countries the document is about, sorted; null when it names fewer than two. */
  countryPair: readonly [string, string] | null;
  signature: StoredSignature;
}

export interface StoryCopy {
  id: string;
  /** The story it belongs to now (the newcomer has none yet). */
  story: string | null;
  signature: StoredSignature;
  published: string | null;
  length: number;
}

export interface StoryPolicy {
  /** Documents one band key offers as candidates. */
  bucketLimit: number;
  /** The candidates that are copies of the newcomer. */
  confirm(newcomer: StoryCopy, candidates: StoryCopy[]): StoryCopy[];
  /** A story's id, its canonical copy and each copy's similarity with the canonical. */
  settle(copies: StoryCopy[]): { story: string; canonical: string; similarity: Map<string, number> };
}

export interface StoryDocument {
  id: string;
  file: string;
  outlet: string | null;
  published: string | null;
  similarity: number;
}

export interface StoryRecord {
  story: string;
  canonical: string;
  /** Canonical first: earliest published, then longest. */
  documents: StoryDocument[];
  /** The lowest similarity of a copy with the canonical (1 for a story of one document). */
  similarity: number;
}

interface CopySqlRow {
  id: string;
  story: string;
  signature: StoredSignature;
  published: string | null;
  length: number;
}

const COPY_COLUMNS = `k.document_id AS id, k.story_id AS story, k.signature,
  to_char(d.published, 'YYYY-MM-DD') AS published, k.text_length AS length`;

/** Records the document's knowledge and puts it into the story of its confirmed copies (or a story of its own). */
export async function placeInStory(
  tx: Queryable, newcomer: Omit<StoryCopy, 'story' | 'signature'>, knowledge: DocumentKnowledge, policy: StoryPolicy,
): Promise<string> {
  const { signature } = knowledge;
  const candidates = await tx.query<CopySqlRow>(`
    SELECT ${COPY_COLUMNS}
    FROM (SELECT DISTINCT c.document_id
          FROM unnest($1::text[]) AS b(key)
          CROSS JOIN LATERAL (SELECT s.document_id FROM story_keys s WHERE s.key = b.key
                              ORDER BY s.document_id LIMIT $2) c) found
    JOIN document_knowledge k ON k.document_id = found.document_id
    JOIN documents d ON d.id = k.document_id
    WHERE k.signature_version = $3`,
  [signature.bands, policy.bucketLimit, signature.version]);
  const self: StoryCopy = { ...newcomer, story: null, signature };
  const stories = [...new Set(policy.confirm(self, candidates.rows).map((copy) => copy.story!))];
  const members = stories.length === 0 ? [] : (await tx.query<CopySqlRow>(`
    SELECT ${COPY_COLUMNS} FROM document_knowledge k JOIN documents d ON d.id = k.document_id
    WHERE k.story_id = ANY($1::text[])`, [stories])).rows;
  const settled = policy.settle([...members, self]);

  await tx.query(`
    INSERT INTO document_knowledge (document_id, country_pair, signature_version, signature, text_length, story_id, story_similarity)
    VALUES ($1, $2::text[], $3, $4::jsonb, $5, $6, $7)`,
  [newcomer.id, knowledge.countryPair, signature.version, JSON.stringify(signature), newcomer.length,
    settled.story, settled.similarity.get(newcomer.id) ?? 1]);
  await tx.query(`INSERT INTO story_keys (key, document_id) SELECT DISTINCT unnest($1::text[]), $2`,
    [signature.bands, newcomer.id]);
  if (members.length > 0) {
    const moves = members.map((copy) => ({ id: copy.id, similarity: settled.similarity.get(copy.id) ?? 1 }));
    await tx.query(`
      UPDATE document_knowledge k SET story_id = $1, story_similarity = m.similarity
      FROM jsonb_to_recordset($2::jsonb) AS m(id text, similarity real)
      WHERE k.document_id = m.id`, [settled.story, JSON.stringify(moves)]);
  }
  return settled.story;
}

/** Documents stored before they had knowledge (or with an outdated signature), oldest first. */
export async function documentsWithoutKnowledge(db: Queryable, version: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(`
    SELECT d.id FROM documents d LEFT JOIN document_knowledge k ON k.document_id = d.id
    WHERE k.document_id IS NULL OR k.signature_version <> $1
    ORDER BY d.ingested_at, d.id`, [version]);
  return rows.rows.map((row) => row.id);
}

/** Places a stored document again, forgetting what was known of it (run in a transaction). */
export async function replaceKnowledge(
  tx: Queryable, documentId: string, knowledge: DocumentKnowledge, policy: StoryPolicy,
): Promise<string> {
  await tx.query('DELETE FROM story_keys WHERE document_id = $1', [documentId]);
  await tx.query('DELETE FROM document_knowledge WHERE document_id = $1', [documentId]);
  const found = await tx.query<{ published: string | null; length: number }>(
    `SELECT to_char(published, 'YYYY-MM-DD') AS published, length(text) AS length FROM documents WHERE id = $1`,
    [documentId]);
  return placeInStory(tx, { id: documentId, ...found.rows[0] }, knowledge, policy);
}

export interface StoryFilter {
  /** Only stories told by more than one document. */
  copiesOnly?: boolean;
}

/** Every story, those with the most copies first, then by the canonical's publication. */
export async function listStories(db: Queryable, filter: StoryFilter = {}): Promise<StoryRecord[]> {
  const rows = await db.query<{ story: string; documents: StoryDocument[] }>(`
    SELECT k.story_id AS story,
           jsonb_agg(jsonb_build_object(
             'id', d.id, 'file', d.file, 'outlet', d.outlet,
             'published', to_char(d.published, 'YYYY-MM-DD'), 'similarity', round(k.story_similarity::numeric, 3))
             ORDER BY d.published NULLS LAST, k.text_length DESC, d.id) AS documents
    FROM document_knowledge k JOIN documents d ON d.id = k.document_id
    GROUP BY k.story_id
    HAVING count(*) > $1
    ORDER BY count(*) DESC, min(d.published) NULLS LAST, k.story_id`, [filter.copiesOnly ? 1 : 0]);
  return rows.rows.map(({ story, documents }) => ({
    story,
    canonical: documents[0].id,
    documents,
    similarity: Math.min(1, ...documents.slice(1).map((doc) => doc.similarity)),
  }));
}
