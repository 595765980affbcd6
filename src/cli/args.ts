// Command-line parsing on node's own parseArgs, with the options every command shares.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/index.js';

export const COMMON_OPTIONS = {
  data: { type: 'string' },
  debug: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseLimit(value: string | undefined, name = '--limit'): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} takes a whole number, not "${value}"`);
  return n;
}

export function parseIsoDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value + 'T00:00:00Z'))) {
    throw new UsageError(`${name} takes a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
