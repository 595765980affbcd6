// Content hashes and short stable ids.
import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A short id from parts, stable across runs: the same fact in the same document gets the same id. */
export function stableId(prefix: string, ...parts: unknown[]): string {
  return prefix + '_' + sha256(JSON.stringify(parts)).slice(0, 16);
}
