// Concord's configuration in one place: flags win over environment variables, which win over defaults.
import { resolve } from 'node:path';

export interface Config {
  /** Folder of the embedded database, used when no database URL is set. */
  dataDir: string;
  /** A PostgreSQL server; when set, the embedded database is not used. */
  databaseUrl: string | null;
  debug: boolean;
}

export interface ConfigFlags {
  data?: string;
  debug?: boolean;
}

export function resolveConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Config {
  return {
    dataDir: resolve(flags.data ?? env.CONCORD_DATA ?? '.concord'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    debug: flags.debug ?? env.CONCORD_DEBUG === '1',
  };
}

/** Where each setting came from, for `concord config`. */
export function describeConfig(flags: ConfigFlags, env: NodeJS.ProcessEnv = process.env): Record<string, { value: unknown; from: string }> {
  const config = resolveConfig(flags, env);
  return {
    dataDir: { value: config.dataDir, from: flags.data ? '--data' : env.CONCORD_DATA ? 'CONCORD_DATA' : 'default' },
    databaseUrl: { value: redact(config.databaseUrl), from: config.databaseUrl ? 'DATABASE_URL' : 'default' },
    store: { value: config.databaseUrl ? 'postgres' : 'pglite', from: config.databaseUrl ? 'DATABASE_URL' : 'default' },
    debug: { value: config.debug, from: flags.debug ? '--debug' : env.CONCORD_DEBUG === '1' ? 'CONCORD_DEBUG' : 'default' },
  };
}

function redact(url: string | null): string | null {
  return url ? url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : null;
}
