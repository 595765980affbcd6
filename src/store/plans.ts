// The plans repository: plan files as stored plans, evidence links (replaced on re-linking, their
// verdicts kept), curators' verdicts, and the recorded history of measure statuses.
import type pg from 'pg';
import { StoreError } from '../core/errors.js';
import type { EventFact, Instrument, Measurement } from '../core/facts.js';
import type { EvidenceLink, LinkableFact, LinkReview, ReviewedLink, Verdict } from '../plans/evidence.js';
import type { PlanFile } from '../plans/schema.js';
import type { MeasureState } from '../plans/status.js';
import { inTransaction, type Queryable } from './sql.js';

export interface PlanSummary {
  id: string;
  title: string;
  parties: string[];
  period: { start: string; end: string };
  roadmaps: number;
  measures: number;
  links: number;
  importedAt: string;
  sourceFile: string | null;
}

export interface StatusChange {
  measureId: string;
  status: string;
  previous: string | null;
  asOf: string;
  source: string;
}

/** A stored link with the document its fact comes from, so that views can point at the quote. */
export type StoredLink = ReviewedLink & { documentId: string };

/** A plan measure a fact was linked to as evidence, with the link's latest verdict. */
export interface FactLink {
  planId: string;
  planTitle: string;
  measureId: string | null;
  linkId: string;
  factId: string;
  verdict: string | null;
}

export interface PlansRepository {
  save(plan: PlanFile, sourceFile: string | null): Promise<{ status: 'new' | 'updated' }>;
  list(): Promise<PlanSummary[]>;
  get(id: string): Promise<PlanFile | null>;
  /** Facts that may be evidence (measurements, instruments, events), with their documents' texts. */
  linkableFacts(): Promise<{ facts: LinkableFact[]; documentTexts: Map<string, string> }>;
  /** Replaces the plan's links by these, keeping those a curator has reviewed. */
  replaceLinks(planId: string, links: EvidenceLink[]): Promise<{ kept: number; stored: number }>;
  links(planId: string, filter?: { measureId?: string }): Promise<StoredLink[]>;
  /** The links made to any of these facts: plans in the order of `list`, each plan's links in the order of `links`. */
  linksToFacts(factIds: string[]): Promise<FactLink[]>;
  review(linkId: string, verdict: Verdict, reviewer: string, why: string): Promise<LinkReview>;
  /** Records the statuses that differ from the last recorded ones; returns those changes. */
  recordStatuses(planId: string, states: MeasureState[], asOf: string): Promise<StatusChange[]>;
  statusHistory(planId: string, measureId?: string): Promise<StatusChange[]>;
}

export function plansRepository(pool: pg.Pool): PlansRepository {
  return {
    save: (plan, sourceFile) => savePlan(pool, plan, sourceFile),
    list: () => listPlans(pool),
    get: (id) => getPlan(pool, id),
    linkableFacts: () => linkableFacts(pool),
    replaceLinks: (planId, links) => inTransaction(pool, (tx) => replaceLinks(tx, planId, links)),
    links: (planId, filter) => listLinks(pool, planId, filter),
    linksToFacts: (factIds) => linksToFacts(pool, factIds),
    review: (linkId, verdict, reviewer, why) => reviewLink(pool, linkId, verdict, reviewer, why),
    recordStatuses: (planId, states, asOf) => inTransaction(pool, (tx) => recordStatuses(tx, planId, states, asOf)),
    statusHistory: (planId, measureId) => statusHistory(pool, planId, measureId),
  };
}

async function savePlan(db: Queryable, plan: PlanFile, sourceFile: string | null): Promise<{ status: 'new' | 'updated' }> {
  const result = await db.query<{ inserted: boolean }>(`
    INSERT INTO plans (id, title, parties, period_start, period_end, body, source_file)
    VALUES ($1, $2, $3, $4, $5, $6, $7)
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, parties = EXCLUDED.parties,
      period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, body = EXCLUDED.body,
      source_file = EXCLUDED.source_file, imported_at = now()
    RETURNING (xmax = 0) AS inserted`,
  [plan.id, plan.title, plan.parties, plan.period.start, plan.period.end, JSON.stringify(plan), sourceFile]);
  return { status: result.rows[0].inserted ? 'new' : 'updated' };
}

async function listPlans(db: Queryable): Promise<PlanSummary[]> {
  const rows = await db.query<{ id: string; title: string; parties: string[]; start: string; end: string; body: PlanFile; links: number; imported_at: Date; source_file: string | null }>(`
    SELECT p.id, p.title, p.parties, to_char(p.period_start, 'YYYY-MM-DD') AS start, to_char(p.period_end, 'YYYY-MM-DD') AS end,
           p.body, p.imported_at, p.source_file, (SELECT count(*)::integer FROM plan_links l WHERE l.plan_id = p.id) AS links
    FROM plans p ORDER BY p.period_start, p.id`);
  return rows.rows.map((row) => ({
    id: row.id, title: row.title, parties: row.parties, period: { start: row.start, end: row.end },
    roadmaps: row.body.roadmaps.length, measures: row.body.roadmaps.reduce((n, r) => n + r.measures.length, 0),
    links: row.links, importedAt: row.imported_at.toISOString(), sourceFile: row.source_file,
  }));
}

async function getPlan(db: Queryable, id: string): Promise<PlanFile | null> {
  const rows = await db.query<{ body: PlanFile }>('SELECT body FROM plans WHERE id = $1', [id]);
  return rows.rows[0]?.body ?? null;
}

async function linkableFacts(db: Queryable): Promise<{ facts: LinkableFact[]; documentTexts: Map<string, string> }> {
  const rows = await db.query<{ id: string; document_id: string; file: string; published: string | null; kind: 'measurement' | 'instrument' | 'event'; data: Record<string, unknown>; quote: string }>(`
    SELECT f.id, f.document_id, d.file, to_char(d.published, 'YYYY-MM-DD') AS published, f.kind, f.data, f.quote
    FROM facts f JOIN documents d ON d.id = f.document_id
    WHERE f.kind IN ('measurement', 'instrument', 'event') AND f.quote IS NOT NULL
    ORDER BY f.document_id, f.span_start NULLS LAST, f.kind, f.ordinal`);
  const documents = await db.query<{ id: string; text: string }>(
    `SELECT id, text FROM documents WHERE id IN (SELECT DISTINCT document_id FROM facts WHERE kind IN ('measurement', 'instrument', 'event'))`);
  return {
    facts: rows.rows.map((row) => ({
      id: row.id, documentId: row.document_id, file: row.file, published: row.published, quote: row.quote,
      kind: row.kind, fact: row.data as unknown as Measurement & Instrument & EventFact,
    })),
    documentTexts: new Map(documents.rows.map((row) => [row.id, row.text])),
  };
}

async function replaceLinks(db: Queryable, planId: string, links: EvidenceLink[]): Promise<{ kept: number; stored: number }> {
  await db.query(`
    DELETE FROM plan_links l WHERE l.plan_id = $1
      AND NOT EXISTS (SELECT 1 FROM plan_link_reviews r WHERE r.link_id = l.id)`, [planId]);
  const remaining = await db.query<{ count: number }>('SELECT count(*)::integer AS count FROM plan_links WHERE plan_id = $1', [planId]);
  if (links.length > 0) {
    await db.query(`
      INSERT INTO plan_links (id, plan_id, target, measure_id, indicator_id, fact_id, score, reasons, fact_date)
      SELECT r.id, $1, r.target, r.measure_id, r.indicator_id, r.fact_id, r.score, r.reasons, r.fact_date
      FROM jsonb_to_recordset($2::jsonb) AS r(id text, target text, measure_id text, indicator_id text, fact_id text,
           score real, reasons jsonb, fact_date date)
      ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, fact_date = EXCLUDED.fact_date, linked_at = now()`,
    [planId, JSON.stringify(links.map((link) => ({
      id: link.id, target: link.target, measure_id: link.measureId, indicator_id: link.indicatorId, fact_id: link.factId,
      score: link.score, reasons: link.reasons, fact_date: link.factDate,
    })))]);
  }
  return { kept: remaining.rows[0].count, stored: links.length };
}

interface LinkSqlRow {
  id: string; plan_id: string; target: EvidenceLink['target']; measure_id: string | null; indicator_id: string | null;
  fact_id: string; kind: EvidenceLink['factKind']; data: EvidenceLink['fact']; score: number; reasons: string[];
  quote: string; file: string; document_id: string; fact_date: string | null;
  verdict: Verdict | null; reviewer: string | null; why: string | null; reviewed_at: Date | null;
}

async function listLinks(db: Queryable, planId: string, filter: { measureId?: string } = {}): Promise<StoredLink[]> {
  const rows = await db.query<LinkSqlRow>(`
    SELECT l.id, l.plan_id, l.target, l.measure_id, l.indicator_id, l.fact_id, f.kind, f.data, l.score, l.reasons,
           f.quote, d.file, f.document_id, to_char(l.fact_date, 'YYYY-MM-DD') AS fact_date,
           r.verdict, r.reviewer, r.why, r.reviewed_at
    FROM plan_links l
    JOIN facts f ON f.id = l.fact_id
    JOIN documents d ON d.id = f.document_id
    LEFT JOIN LATERAL (SELECT verdict, reviewer, why, reviewed_at FROM plan_link_reviews
                       WHERE link_id = l.id ORDER BY reviewed_at DESC, id DESC LIMIT 1) r ON true
    WHERE l.plan_id = $1 AND ($2::text IS NULL OR l.measure_id = $2)
    ORDER BY l.measure_id NULLS FIRST, l.indicator_id NULLS FIRST, l.score DESC, l.id`, [planId, filter.measureId ?? null]);
  return rows.rows.map((row) => ({
    id: row.id, planId: row.plan_id, target: row.target, measureId: row.measure_id, indicatorId: row.indicator_id,
    factId: row.fact_id, factKind: row.kind, fact: row.data, score: Number(row.score.toFixed(3)), reasons: row.reasons,
    quote: row.quote, file: row.file, documentId: row.document_id, factDate: row.fact_date,
    review: row.verdict === null ? null : {
      linkId: row.id, verdict: row.verdict, reviewer: row.reviewer!, why: row.why!, reviewedAt: row.reviewed_at!.toISOString(),
    },
  }));
}

async function linksToFacts(db: Queryable, factIds: string[]): Promise<FactLink[]> {
  const rows = await db.query<{ plan_id: string; title: string; measure_id: string | null; id: string; fact_id: string; verdict: string | null }>(`
    SELECT l.plan_id, p.title, l.measure_id, l.id, l.fact_id, r.verdict
    FROM plan_links l
    JOIN plans p ON p.id = l.plan_id
    LEFT JOIN LATERAL (SELECT verdict FROM plan_link_reviews
                       WHERE link_id = l.id ORDER BY reviewed_at DESC, id DESC LIMIT 1) r ON true
    WHERE l.fact_id = ANY($1::text[])
    ORDER BY p.period_start, p.id, l.measure_id NULLS FIRST, l.indicator_id NULLS FIRST, l.score DESC, l.id`, [factIds]);
  return rows.rows.map((row) => ({
    planId: row.plan_id, planTitle: row.title, measureId: row.measure_id, linkId: row.id, factId: row.fact_id, verdict: row.verdict,
  }));
}

async function reviewLink(db: Queryable, linkId: string, verdict: Verdict, reviewer: string, why: string): Promise<LinkReview> {
  const link = await db.query<{ plan_id: string }>('SELECT plan_id FROM plan_links WHERE id = $1', [linkId]);
  if (!link.rowCount) throw new StoreError('not_found', `link ${linkId}: no such link (see 'concord plan links')`);
  const row = await db.query<{ reviewed_at: Date }>(`
    INSERT INTO plan_link_reviews (link_id, plan_id, verdict, reviewer, why) VALUES ($1, $2, $3, $4, $5)
    RETURNING reviewed_at`, [linkId, link.rows[0].plan_id, verdict, reviewer, why]);
  return { linkId, verdict, reviewer, why, reviewedAt: row.rows[0].reviewed_at.toISOString() };
}

async function recordStatuses(db: Queryable, planId: string, states: MeasureState[], asOf: string): Promise<StatusChange[]> {
  const last = await db.query<{ measure_id: string; status: string }>(`
    SELECT DISTINCT ON (measure_id) measure_id, status FROM plan_measure_statuses
    WHERE plan_id = $1 ORDER BY measure_id, id DESC`, [planId]);
  const previous = new Map(last.rows.map((row) => [row.measure_id, row.status]));
  const changes = states
    .filter((state) => previous.get(state.measureId) !== state.status)
    .map((state) => ({ measureId: state.measureId, status: state.status, previous: previous.get(state.measureId) ?? null, asOf, source: state.source }));
  if (changes.length > 0) {
    await db.query(`
      INSERT INTO plan_measure_statuses (plan_id, measure_id, status, as_of, source)
      SELECT $1, r.measure_id, r.status, r.as_of, r.source
      FROM jsonb_to_recordset($2::jsonb) AS r(measure_id text, status text, as_of date, source text)`,
    [planId, JSON.stringify(changes.map((c) => ({ measure_id: c.measureId, status: c.status, as_of: c.asOf, source: c.source })))]);
  }
  return changes;
}

async function statusHistory(db: Queryable, planId: string, measureId?: string): Promise<StatusChange[]> {
  const rows = await db.query<{ measure_id: string; status: string; previous: string | null; as_of: string; source: string }>(`
    SELECT measure_id, status, lag(status) OVER (PARTITION BY measure_id ORDER BY id) AS previous,
           to_char(as_of, 'YYYY-MM-DD') AS as_of, source
    FROM plan_measure_statuses WHERE plan_id = $1 AND ($2::text IS NULL OR measure_id = $2)
    ORDER BY measure_id, id`, [planId, measureId ?? null]);
  return rows.rows.map((row) => ({ measureId: row.measure_id, status: row.status, previous: row.previous, asOf: row.as_of, source: row.source }));
}
