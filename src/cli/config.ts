// Concord's configuration in one place: flags win over environment variables, which win over defaults.
import { resolve } from 'node:path';
import { UsageError } from '../core/index.js';
import { DEFAULT_MAX_BYTES } from '../ingest/index.js';

export interface Config {
  /** Folder of the embedded database, used when no database URL is set. */
  dataDir: string;
  /** A PostgreSQL server; when set, the embedded database is not used. */
  databaseUrl: string | null;
  debug: boolean;
  /** Input files larger than this are refused unread. */
  maxBytes: number;
}

export interface ConfigFlags {
  data?: string;
  debug?: boolean;
  'max-bytes'?: string;
}

export function resolveConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: resolve(flags.data ?? env.CONCORD_DATA ?? '.concord'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    debug: flags.debug ?? env.CONCORD_DEBUG === '1',
    maxBytes: flags['max-bytes'] !== undefined ? parseByteSize(flags['max-bytes'], '--max-bytes')
      : env.CONCORD_MAX_BYTES ? parseByteSize(env.CONCORD_MAX_BYTES, 'CONCORD_MAX_BYTES') : DEFAULT_MAX_BYTES,
  };
}

const BYTE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "52428800", "50M", "512k", "1G" → bytes. */
export function parseByteSize(value: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$/i.exec(value);
  const bytes = match ? Math.floor(Number(match[1]) * BYTE_UNITS[match[2].toLowerCase()]) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(`${name} takes a size in bytes such as 52428800 or 50M, not "${value}"`);
  }
  return bytes;
}

/** Where each setting came from, for `concord config`. */
export function describeConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Record<string, { value: unknown; from: string }> {
  const config = resolveConfig(flags, env);
  return {
    dataDir: { value: config.dataDir, from: flags.data ? '--data' : env.CONCORD_DATA ? 'CONCORD_DATA' : 'default' },
    databaseUrl: { value: redact(config.databaseUrl), from: config.databaseUrl ? 'DATABASE_URL' : 'default' },
    store: { value: config.databaseUrl ? 'postgres' : 'pglite', from: config.databaseUrl ? 'DATABASE_URL' : 'default' },
    debug: { value: config.debug, from: flags.debug ? '--debug' : env.CONCORD_DEBUG === '1' ? 'CONCORD_DEBUG' : 'default' },
    maxBytes: {
      value: config.maxBytes,
      from: flags['max-bytes'] !== undefined ? '--max-bytes' : env.CONCORD_MAX_BYTES ? 'CONCORD_MAX_BYTES' : 'default',
    },
  };
}

function redact(url: string | null): string | null {
  return url ? url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : null;
}
