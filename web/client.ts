// The pages read the store only through the HTTP API, called in-process, with the caller's own credentials.
import type { Hono } from 'hono';
import type { ErrorBody } from '../src/api/errors.js';

export class ApiFailure extends Error {
  constructor(readonly status: number, readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiFailure';
  }
}

export interface ApiClient {
  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T>;
  /** A JSON write with its own credentials (a token typed into a form), not the page request's. */
  post<T>(path: string, body: unknown, authorization: string): Promise<T>;
}

/**
 * `env` is the page request's own server bindings: passed on, the API sees the client's real address (for the
 * failed-authentication limit and the audit log) rather than one shared in-process address.
 */
export function apiClient(api: Hono<any>, authorization: string | undefined, env?: unknown): ApiClient {
  return {
    async get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
      const url = params.size ? `${path}?${params}` : path;
      return answer<T>(await api.request(url, { headers: authorization ? { authorization } : {} }, bindings(env)));
    },
    async post<T>(path: string, body: unknown, writer: string): Promise<T> {
      return answer<T>(await api.request(path, {
        method: 'POST', body: JSON.stringify(body), headers: { authorization: writer, 'content-type': 'application/json' },
      }, bindings(env)));
    },
  };
}

/** The bindings to hand on: an object, or none (in-process callers without a socket). */
export function bindings(env: unknown): object | undefined {
  return typeof env === 'object' && env !== null ? env : undefined;
}

async function answer<T>(response: Response): Promise<T> {
  const body = await response.json();
  if (!response.ok) throw new ApiFailure(response.status, body as ErrorBody);
  return body as T;
}
