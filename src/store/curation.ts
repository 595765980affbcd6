// The curation repository: curators' decisions, only ever added, read back oldest first.
import type pg from 'pg';
import type { Decision, DecisionInput } from '../knowledge/curation/index.js';
import type { Queryable } from './sql.js';

export interface DecisionRecord extends Decision {
  /** What each target said when the decision was made. */
  subjects: unknown[];
}

export interface CurationRepository {
  record(input: DecisionInput, subjects?: unknown[]): Promise<DecisionRecord>;
  /** Every decision, oldest first; or those naming one of the targets. */
  list(filter?: { targets?: string[] }): Promise<DecisionRecord[]>;
}

export function curationRepository(pool: pg.Pool): CurationRepository {
  return {
    record: (input, subjects) => recordDecision(pool, input, subjects ?? []),
    list: (filter) => listDecisions(pool, filter),
  };
}

interface DecisionSqlRow {
  id: string;
  action: Decision['action'];
  targets: string[];
  fields: Decision['fields'];
  subjects: unknown[];
  why: string;
  decided_by: string;
  decided_at: Date;
}

const toRecord = (row: DecisionSqlRow): DecisionRecord => ({
  id: Number(row.id), action: row.action, targets: row.targets, fields: row.fields, subjects: row.subjects,
  why: row.why, by: row.decided_by, at: row.decided_at.toISOString(),
});

async function recordDecision(db: Queryable, input: DecisionInput, subjects: unknown[]): Promise<DecisionRecord> {
  const row = await db.query<DecisionSqlRow>(`
    INSERT INTO curation_decisions (action, targets, fields, subjects, why, decided_by)
    VALUES ($1, $2::text[], $3::jsonb, $4::jsonb, $5, $6)
    RETURNING id, action, targets, fields, subjects, why, decided_by, decided_at`,
  [input.action, input.targets, JSON.stringify(input.fields ?? {}), JSON.stringify(subjects), input.why, input.by]);
  return toRecord(row.rows[0]);
}

async function listDecisions(db: Queryable, filter: { targets?: string[] } = {}): Promise<DecisionRecord[]> {
  const rows = await db.query<DecisionSqlRow>(`
    SELECT id, action, targets, fields, subjects, why, decided_by, decided_at FROM curation_decisions
    WHERE $1::text[] IS NULL OR targets && $1::text[]
    ORDER BY decided_at, id`, [filter.targets ?? null]);
  return rows.rows.map(toRecord);
}
