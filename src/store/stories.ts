// The stories repository: each document's signature and band keys, its place in a story, and the stories
// read back. The documents of a batch get their candidates in one query: at most `bucketLimit` documents per
// band key, and of those the few sharing the most keys with the newcomer; never all. A newcomer is compared with
// the canonical copies of its candidates' stories and joins the one it matches best, so every copy of a story is
// a copy of its canonical and a document sharing a paragraph with two stories never chains them together. Only
// a newcomer that becomes its story's canonical reads the story's members. How copies are matched and which one
// is canonical is the caller's policy.
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
  /** How much of the shorter of the two the other holds when the newcomer is a copy of the canonical; else null. */
  match(newcomer: StoryCopy, canonical: StoryCopy): number | null;
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

/** A candidate is compared through its story's canonical, so only canonical copies bring their signatures. */
const CANDIDATE_COLUMNS = `k.document_id AS id, k.story_id AS story,
  CASE WHEN k.document_id = k.story_canonical THEN k.signature END AS signature,
  to_char(d.published, 'YYYY-MM-DD') AS published, k.text_length AS length`;

/**
 * Candidates a newcomer is compared with: of the documents its keys offer, those sharing the most keys with it.
 * Copies share many keys and unrelated texts on one topic a few, so this bounds the cost of a document however
 * widely its keys are shared, without losing copies.
 */
export const CANDIDATES_PER_DOCUMENT = 64;

/** A document to place, with what the knowledge stage says about it. */
export interface StoryNewcomer {
  copy: Omit<StoryCopy, 'story' | 'signature'>;
  knowledge: DocumentKnowledge;
}

interface CandidateSqlRow extends Omit<CopySqlRow, 'signature'> {
  /** Only a canonical copy's. */
  signature: StoredSignature | null;
  /** The canonical copy of the candidate's story. */
  canonical: string;
  /** The newcomers (by position) that this document is a candidate of, and how many keys each shares with it. */
  newcomers: number[] | null;
  keys: number[] | null;
}

/**
 * For every newcomer of a batch (by position), its candidates among stored documents, and with them the canonical
 * copies of the candidates' stories (rows that no newcomer asked for).
 */
const CANDIDATES = `
  WITH wanted AS (
    SELECT DISTINCT w.newcomer, w.key FROM unnest($1::integer[], $2::text[]) AS w(newcomer, key)
  ), bucket AS (
    SELECT b.key, c.document_id
    FROM (SELECT DISTINCT key FROM wanted) b
    CROSS JOIN LATERAL (SELECT s.document_id FROM story_keys s WHERE s.key = b.key
                        ORDER BY s.document_id LIMIT $3) c
  ), shared AS (
    SELECT w.newcomer, bucket.document_id, count(*)::integer AS keys,
           row_number() OVER (PARTITION BY w.newcomer ORDER BY count(*) DESC, bucket.document_id) AS rank
    FROM wanted w JOIN bucket ON bucket.key = w.key
    GROUP BY w.newcomer, bucket.document_id
  ), chosen AS (
    SELECT document_id, array_agg(newcomer ORDER BY newcomer) AS newcomers, array_agg(keys ORDER BY newcomer) AS keys
    FROM shared WHERE rank <= $4
    GROUP BY document_id
  ), needed AS (
    SELECT document_id FROM chosen
    UNION
    SELECT k.story_canonical FROM chosen JOIN document_knowledge k ON k.document_id = chosen.document_id
  )
  SELECT ${CANDIDATE_COLUMNS}, k.story_canonical AS canonical, chosen.newcomers, chosen.keys
  FROM needed
  JOIN document_knowledge k ON k.document_id = needed.document_id
  JOIN documents d ON d.id = k.document_id
  LEFT JOIN chosen ON chosen.document_id = needed.document_id
  WHERE k.signature_version = $5`;

/**
 * Records the knowledge of new documents and puts each into the story whose canonical copy it matches best (or a
 * story of its own), in order, each seeing the earlier ones. Returns each document's story.
 */
export async function placeInStories(tx: Queryable, newcomers: StoryNewcomer[], policy: StoryPolicy): Promise<string[]> {
  if (newcomers.length === 0) return [];
  const placement = new Placement(tx, policy);
  await placement.fetchCandidates(newcomers);
  const stories: string[] = [];
  for (const [index, newcomer] of newcomers.entries()) stories.push(await placement.place(index, newcomer));
  await placement.write();
  return stories;
}

interface KnowledgeRow {
  document_id: string;
  country_pair: readonly [string, string] | null;
  signature_version: number;
  signature: StoredSignature;
  text_length: number;
  story_id: string;
  story_canonical: string;
  story_similarity: number;
}

/** Where a newcomer goes: its story, the story's canonical copy, and the newcomer's similarity with it. */
interface Settled {
  story: string;
  canonical: StoryCopy;
  similarity: number;
}

/** One batch's placement: what it knows of stored stories, and the rows it has yet to write. */
class Placement {
  /** The story each candidate and each of the batch's placed documents belongs to now. */
  private readonly storyOf = new Map<string, string>();
  /** Each known story's canonical copy, with its signature. */
  private readonly canonicals = new Map<string, StoryCopy>();
  /** Per newcomer, its stored candidates and the keys each shares with it. */
  private readonly offered = new Map<number, Map<string, number>>();
  /** The batch's own band keys, so that a newcomer also finds the documents placed before it. */
  private readonly batchKeys = new Map<string, string[]>();
  private pending: KnowledgeRow[] = [];
  private pendingKeys: { keys: string[]; ids: string[] } = { keys: [], ids: [] };

  constructor(private readonly tx: Queryable, private readonly policy: StoryPolicy) {}

  async fetchCandidates(newcomers: StoryNewcomer[]): Promise<void> {
    const positions: number[] = [];
    const keys: string[] = [];
    const versions = new Set(newcomers.map(({ knowledge }) => knowledge.signature.version));
    for (const [index, { knowledge }] of newcomers.entries()) {
      for (const key of knowledge.signature.bands) {
        positions.push(index);
        keys.push(key);
      }
    }
    // Signatures of another version do not compare; a batch holds one version (the current one).
    for (const version of versions) {
      const rows = await this.tx.query<CandidateSqlRow>(CANDIDATES,
        [positions, keys, this.policy.bucketLimit, CANDIDATES_PER_DOCUMENT, version]);
      for (const { canonical, newcomers: wanting, keys: shared, ...copy } of rows.rows) {
        this.storyOf.set(copy.id, copy.story);
        if (copy.id === canonical && copy.signature) this.canonicals.set(copy.story, { ...copy, signature: copy.signature });
        wanting?.forEach((position, k) => {
          if (newcomers[position].knowledge.signature.version !== version) return;
          const offered = this.offered.get(position) ?? new Map<string, number>();
          offered.set(copy.id, shared![k]);
          this.offered.set(position, offered);
        });
      }
    }
  }

  async place(index: number, { copy, knowledge }: StoryNewcomer): Promise<string> {
    const self: StoryCopy = { ...copy, story: null, signature: knowledge.signature };
    const settled = await this.settle(self, this.bestStory(index, self));
    const placed: StoryCopy = { ...self, story: settled.story };
    this.storyOf.set(self.id, settled.story);
    this.canonicals.set(settled.story, settled.canonical === self ? placed : settled.canonical);
    this.pending.push({
      document_id: self.id,
      country_pair: knowledge.countryPair,
      signature_version: knowledge.signature.version,
      signature: knowledge.signature,
      text_length: self.length,
      story_id: settled.story,
      story_canonical: settled.canonical.id,
      story_similarity: settled.similarity,
    });
    // Newcomers are compared with canonical copies only, so only they need to be found by their keys; a copy's
    // keys would only crowd the buckets. A canonical that a newcomer displaces keeps its keys: they lead to the story.
    if (settled.canonical !== self) return settled.story;
    for (const key of new Set(knowledge.signature.bands)) {
      this.pendingKeys.keys.push(key);
      this.pendingKeys.ids.push(self.id);
      const bucket = this.batchKeys.get(key);
      if (!bucket) this.batchKeys.set(key, [self.id]);
      else if (bucket.length < this.policy.bucketLimit) bucket.push(self.id);
    }
    return settled.story;
  }

  /** Writes the knowledge and keys of the documents placed so far. */
  async write(): Promise<void> {
    if (this.pending.length === 0) return;
    await this.tx.query(`
      INSERT INTO document_knowledge (document_id, country_pair, signature_version, signature, text_length,
                                      story_id, story_canonical, story_similarity)
      SELECT r.document_id, r.country_pair, r.signature_version, r.signature, r.text_length,
             r.story_id, r.story_canonical, r.story_similarity
      FROM jsonb_to_recordset($1::jsonb) AS r(document_id text, country_pair text[], signature_version integer,
        signature jsonb, text_length integer, story_id text, story_canonical text, story_similarity real)`,
    [JSON.stringify(this.pending)]);
    await this.tx.query(`INSERT INTO story_keys (key, document_id) SELECT * FROM unnest($1::text[], $2::text[])`,
      [this.pendingKeys.keys, this.pendingKeys.ids]);
    this.pending = [];
    this.pendingKeys = { keys: [], ids: [] };
  }

  /**
   * Of the stories of the stored and earlier batch documents sharing the most keys with the newcomer, the one
   * whose canonical copy it matches best (ties to the smaller story id); null when it is a copy of none.
   */
  private bestStory(index: number, self: StoryCopy): { canonical: StoryCopy; similarity: number } | null {
    const shared = new Map(this.offered.get(index));
    for (const key of new Set(self.signature.bands)) {
      for (const id of this.batchKeys.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const stories = new Set([...shared]
      .sort(([a, keysA], [b, keysB]) => keysB - keysA || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, CANDIDATES_PER_DOCUMENT)
      .map(([id]) => this.storyOf.get(id)!));
    let best: { canonical: StoryCopy; similarity: number } | null = null;
    for (const story of [...stories].sort()) {
      const canonical = this.canonicals.get(story);
      const similarity = canonical ? this.policy.match(self, canonical) : null;
      if (canonical && similarity !== null && (best === null || similarity > best.similarity)) best = { canonical, similarity };
    }
    return best;
  }

  /**
   * Joining a story whose canonical stays costs nothing more; only a newcomer that becomes the canonical reads
   * the story's members and settles them again.
   */
  private async settle(self: StoryCopy, best: { canonical: StoryCopy; similarity: number } | null): Promise<Settled> {
    if (best === null) {
      const own = this.policy.settle([self]);
      return { story: own.story, canonical: self, similarity: own.similarity.get(self.id) ?? 1 };
    }
    const { canonical } = best;
    const pair = this.policy.settle([canonical, self]);
    if (pair.canonical === canonical.id && pair.story === canonical.story) {
      return { story: pair.story, canonical, similarity: pair.similarity.get(self.id) ?? best.similarity };
    }
    return this.resettle(canonical.story!, self);
  }

  private async resettle(story: string, self: StoryCopy): Promise<Settled> {
    await this.write();
    const members = (await this.tx.query<CopySqlRow>(`
      SELECT ${COPY_COLUMNS} FROM document_knowledge k JOIN documents d ON d.id = k.document_id
      WHERE k.story_id = $1`, [story])).rows;
    const settled = this.policy.settle([...members, self]);
    const moves = members.map((member) => ({ id: member.id, similarity: settled.similarity.get(member.id) ?? 1 }));
    await this.tx.query(`
      UPDATE document_knowledge k SET story_id = $1, story_canonical = $2, story_similarity = m.similarity
      FROM jsonb_to_recordset($3::jsonb) AS m(id text, similarity real)
      WHERE k.document_id = m.id`, [settled.story, settled.canonical, JSON.stringify(moves)]);
    this.canonicals.delete(story);
    for (const member of members) {
      if (this.storyOf.has(member.id)) this.storyOf.set(member.id, settled.story);
      member.story = settled.story;
    }
    const canonical = settled.canonical === self.id ? self : members.find((member) => member.id === settled.canonical)!;
    return { story: settled.story, canonical, similarity: settled.similarity.get(self.id) ?? 1 };
  }
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
  const [story] = await placeInStories(tx, [{ copy: { id: documentId, ...found.rows[0] }, knowledge }], policy);
  return story;
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
