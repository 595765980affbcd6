// The HTTP API: thin routes under /api, with middleware for the store, authentication and errors.
import { Hono } from 'hono';
import { authenticate, requireRole } from './auth.js';
import type { ApiEnv, ApiOptions } from './env.js';
import { errorBody, handleError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { FailureLimiter } from './rate-limit.js';
import { audit } from './routes/audit.js';
import { conflicts } from './routes/conflicts.js';
import { documents } from './routes/documents.js';
import { instruments, people } from './routes/entities.js';
import { facts } from './routes/facts.js';
import { indicators } from './routes/indicators.js';
import { plans } from './routes/plans.js';
import { review } from './routes/review.js';
import { timeline } from './routes/timeline.js';
import { search } from './routes/search.js';
import { stats } from './routes/stats.js';
import { stories } from './routes/stories.js';
import { report } from './routes/report.js';

export type { ApiOptions } from './env.js';

/** Failed authentications an address may make in a minute before it is told to wait. */
const FAILURES_PER_MINUTE = 10;

export function createApi(options: ApiOptions): Hono<ApiEnv> {
  const limiter = new FailureLimiter(FAILURES_PER_MINUTE, 60_000, options.now);
  const api = new Hono<ApiEnv>();
  api.use('*', async (c, next) => {
    c.set('store', options.store);
    c.set('dataDir', options.dataDir);
    await next();
  });
  api.use('*', authenticate(limiter));
  if (options.requireTokenForReads) api.on(['GET', 'HEAD'], '/api/*', requireRole('viewer'));
  api.route('/api/documents', documents);
  api.route('/api/facts', facts);
  api.route('/api/search', search);
  api.route('/api/stats', stats);
  api.route('/api/stories', stories);
  api.route('/api/conflicts', conflicts);
  api.route('/api/indicators', indicators);
  api.route('/api/people', people);
  api.route('/api/instruments', instruments);
  api.route('/api/plans', plans);
  api.route('/api/review', review);
  api.route('/api/timeline', timeline);
  api.route('/api/audit', audit);
  api.route('/api/report', report);
  // Who the caller's token names: the web app's sign-in checks a token with it.
  api.get('/api/whoami', requireRole('viewer'), (c) => {
    const { id, name, role } = c.var.caller!;
    return c.json({ id, name, role });
  });
  api.get('/openapi.json', (c) => c.json(openApiDocument));
  api.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  api.onError(handleError(options.debug ?? false));
  return api;
}
