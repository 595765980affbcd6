// What the API's middleware hands to the routes: the store, the caller and where the call came from.
import type { Store } from '../store/index.js';
import type { TokenRecord } from '../store/tokens.js';

export interface ApiOptions {
  store: Store;
  /** The data folder: uploads are kept under it and nowhere else. */
  dataDir: string;
  /** When true, reading needs a token too (any role). */
  requireTokenForReads?: boolean;
  /** Stack traces in internal_error answers. */
  debug?: boolean;
  /** The clock of the failed-authentication limit, for tests. */
  now?: () => number;
}

export interface ApiEnv {
  Variables: {
    store: Store;
    dataDir: string;
    /** The token the request was made with, or null when it came without one. */
    caller: TokenRecord | null;
    /** The client's address, as the connection gives it. */
    ip: string;
  };
}
