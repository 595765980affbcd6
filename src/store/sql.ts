// The small SQL toolkit the repositories share: the pool type, transactions, and WHERE clauses
// built from placeholders so that user input only ever travels as a parameter.
import type pg from 'pg';
import { StoreError } from '../core/errors.js';

export type Queryable = Pick<pg.ClientBase, 'query'>;

/** Runs `work` in one transaction on one connection: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (tx: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Collects conditions and their parameters: `where.add(\`d.lang = ${where.param(lang)}\`)`. */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly clauses: string[] = [];

  /** Registers a value and returns its placeholder ("$3"). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  toSql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}

export interface PageRequest {
  /** Rows to return; all of them when absent (the edges set their own defaults). */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** How many rows match the filters, all pages together. */
  total: number;
  limit: number | null;
  offset: number;
}

/** Validated paging; a null limit goes to SQL as LIMIT NULL, which PostgreSQL reads as no limit. */
export function pageBounds(request: PageRequest): { limit: number | null; offset: number } {
  const limit = request.limit ?? null;
  const offset = request.offset ?? 0;
  if (limit !== null && (!Number.isInteger(limit) || limit < 1)) {
    throw new StoreError('invalid_filter', `limit ${limit}: expected a whole number from 1`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new StoreError('invalid_filter', `offset ${offset}: expected a whole number from 0`);
  }
  return { limit, offset };
}

/** Escapes LIKE wildcards so that a user's "50%" matches those characters literally. */
export function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, '\\$&')}%`;
}
