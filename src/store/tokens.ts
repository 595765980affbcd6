// The API tokens repository: a token is shown once when created; only its sha256 is stored, under a short
// public id that also starts the token, so that people can list and revoke tokens without seeing them.
import { randomBytes } from 'node:crypto';
import { StoreError } from '../core/errors.js';
import { sha256 } from '../core/ids.js';
import type { Queryable } from './sql.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_FORMAT = /^concord_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

/** Creates a token; the returned secret is the only copy there will ever be. */
export async function createToken(db: Queryable, name: string, role: Role): Promise<{ token: string; record: TokenRecord }> {
  if (!ROLES.includes(role)) throw new StoreError('invalid_token', `role "${role}": expected one of ${ROLES.join(', ')}`);
  const id = randomBytes(4).toString('hex');
  const token = `concord_${id}_${randomBytes(32).toString('base64url')}`;
  const inserted = await db.query<TokenSqlRow>(`
    INSERT INTO api_tokens (id, name, role, token_hash) VALUES ($1, $2, $3, $4)
    RETURNING ${TOKEN_COLUMNS}`, [id, name, role, sha256(token)]);
  return { token, record: toRecord(inserted.rows[0]) };
}

export async function listTokens(db: Queryable): Promise<TokenRecord[]> {
  const rows = await db.query<TokenSqlRow>(`SELECT ${TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at, id`);
  return rows.rows.map(toRecord);
}

/** Revokes a token by id; false when there is no live token with that id. */
export async function revokeToken(db: Queryable, id: string): Promise<boolean> {
  const updated = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return (updated.rowCount ?? 0) > 0;
}

/** The live token a secret belongs to (and notes its use), or null for a malformed, unknown or revoked one. */
export async function verifyToken(db: Queryable, token: string): Promise<TokenRecord | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const found = await db.query<TokenSqlRow>(`
    UPDATE api_tokens SET last_used_at = now()
    WHERE token_hash = $1 AND revoked_at IS NULL
    RETURNING ${TOKEN_COLUMNS}`, [sha256(token)]);
  return found.rowCount ? toRecord(found.rows[0]) : null;
}

const TOKEN_COLUMNS = 'id, name, role, created_at, last_used_at, revoked_at';

interface TokenSqlRow {
  id: string;
  name: string;
  role: Role;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toRecord(row: TokenSqlRow): TokenRecord {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
