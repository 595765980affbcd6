// Failures of the database connection itself, told apart from bugs: a server that went away mid-work, a
// connection an administrator terminated. The edges report them as store errors, not as internal errors.
import { StoreError } from '../core/errors.js';

/** SQLSTATE classes and codes that mean the connection, not the query, failed. */
const CONNECTION_STATES = /^(08|57P0)/;
const CONNECTION_MESSAGES = /connection terminated|terminating connection|ECONNRESET|ECONNREFUSED|server closed the connection/i;

export function connectionLost(error: unknown): StoreError | null {
  if (!(error instanceof Error) || error instanceof StoreError) return null;
  const state = (error as { code?: unknown }).code;
  if ((typeof state === 'string' && CONNECTION_STATES.test(state)) || CONNECTION_MESSAGES.test(error.message)) {
    return new StoreError('connection_lost',
      `lost the connection to the database (${error.message}); what was stored is complete, run the same command again to finish`);
  }
  return null;
}
