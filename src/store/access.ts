// Access to the API as one repository on the store: tokens and the audit log, bound to a pool.
import type pg from 'pg';
import { listAudit, recordAudit, type AuditEntry, type AuditRecord } from './audit.js';
import type { Page, PageRequest } from './sql.js';
import { createToken, listTokens, revokeToken, verifyToken, type Role, type TokenRecord } from './tokens.js';

export interface AccessRepository {
  createToken(name: string, role: Role): Promise<{ token: string; record: TokenRecord }>;
  listTokens(): Promise<TokenRecord[]>;
  revokeToken(id: string): Promise<boolean>;
  verifyToken(token: string): Promise<TokenRecord | null>;
  recordAudit(entry: AuditEntry): Promise<void>;
  listAudit(page?: PageRequest): Promise<Page<AuditRecord>>;
}

export function accessRepository(pool: pg.Pool): AccessRepository {
  return {
    createToken: (name, role) => createToken(pool, name, role),
    listTokens: () => listTokens(pool),
    revokeToken: (id) => revokeToken(pool, id),
    verifyToken: (token) => verifyToken(pool, token),
    recordAudit: (entry) => recordAudit(pool, entry),
    listAudit: (page) => listAudit(pool, page),
  };
}
