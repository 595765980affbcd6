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
}

export function apiClient(api: Hono<any>, authorization: string | undefined): ApiClient {
  return {
    async get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
      const url = params.size ? `${path}?${params}` : path;
      const response = await api.request(url, { headers: authorization ? { authorization } : {} });
      const body = await response.json();
      if (!response.ok) throw new ApiFailure(response.status, body as ErrorBody);
      return body as T;
    },
  };
}
