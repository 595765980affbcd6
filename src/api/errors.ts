// Errors as the API answers them: one JSON shape {error, message, details} with the status the code calls for.
// Expected failures are AppErrors; anything else is a bug, logged with its stack and shown as internal_error.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../core/errors.js';

/** An expected failure of a request, with the HTTP status it maps to. */
export class ApiError extends AppError {
  constructor(readonly status: ContentfulStatusCode, code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string, details?: Record<string, unknown>) =>
  new ApiError(404, 'not_found', `${what} not found`, details);

/** Statuses for the AppError codes the stages raise. */
function statusOf(code: string): ContentfulStatusCode {
  if (code === 'store/busy') return 409;
  if (code === 'store/unreachable' || code === 'store/unavailable') return 503;
  if (code === 'store/invalid_filter' || code === 'store/invalid_token' || code === 'usage') return 400;
  if (code.startsWith('ingest/')) return 422;
  if (code.endsWith('/not_found')) return 404;
  return 500;
}

export interface ErrorBody {
  error: string;
  message: string;
  details: Record<string, unknown>;
}

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}): ErrorBody {
  return { error: code, message, details };
}

/** The app's onError: every failure leaves as the one JSON shape. */
export function handleError(debug: boolean) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message, error.details), error.status);
    if (error instanceof AppError) return c.json(errorBody(error.code, error.message, error.details), statusOf(error.code));
    if (error instanceof HTTPException) {
      const code = error.status === 413 ? 'payload_too_large' : 'bad_request';
      return c.json(errorBody(code, error.message || code.replace('_', ' ')), error.status as ContentfulStatusCode);
    }
    console.error(error);
    return c.json(errorBody('internal_error', 'something went wrong on the server',
      debug && error.stack ? { stack: error.stack } : {}), 500);
  };
}
