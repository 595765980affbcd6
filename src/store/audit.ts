// The audit log: who did what, when and why, for every write through the API and every refused
// authentication. Append-only: the table's trigger refuses updates and deletes.
import { pageBounds, type Page, type PageRequest, type Queryable } from './sql.js';

export interface AuditEntry {
  /** The token used, or null when none was valid. */
  tokenId: string | null;
  /** The token's name, or a description of who tried ("anonymous"). */
  actor: string;
  /** What was done, e.g. "document.upload", "auth.failed". */
  action: string;
  target?: string | null;
  reason?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRecord extends Required<AuditEntry> {
  id: number;
  at: string;
}

export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(`
    INSERT INTO audit_log (token_id, actor, action, target, reason, ip, details)
    VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
  [entry.tokenId, entry.actor, entry.action, entry.target ?? null, entry.reason ?? null, entry.ip ?? null,
    JSON.stringify(entry.details ?? {})]);
}

/** Newest first. */
export async function listAudit(db: Queryable, request: PageRequest = {}): Promise<Page<AuditRecord>> {
  const { limit, offset } = pageBounds(request);
  const count = await db.query<{ total: number }>('SELECT count(*)::integer AS total FROM audit_log');
  const rows = await db.query<AuditSqlRow>(`
    SELECT id, at, token_id, actor, action, target, reason, ip, details
    FROM audit_log ORDER BY at DESC, id DESC LIMIT $1 OFFSET $2`, [limit, offset]);
  return { items: rows.rows.map(toRecord), total: count.rows[0].total, limit, offset };
}

interface AuditSqlRow {
  id: string;
  at: Date;
  token_id: string | null;
  actor: string;
  action: string;
  target: string | null;
  reason: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

function toRecord(row: AuditSqlRow): AuditRecord {
  return {
    id: Number(row.id),
    at: row.at.toISOString(),
    tokenId: row.token_id,
    actor: row.actor,
    action: row.action,
    target: row.target,
    reason: row.reason,
    ip: row.ip,
    details: row.details,
  };
}
