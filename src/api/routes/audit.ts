// /api/audit: the audit log, newest first, for admins. There is no route that changes it.
import { Hono } from 'hono';
import { requireRole } from '../auth.js';
import type { ApiEnv } from '../env.js';
import { PagingQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const audit = new Hono<ApiEnv>()
  .get('/', requireRole('admin'), valid('query', PagingQuery), async (c) =>
    c.json(await c.var.store.access.listAudit(c.req.valid('query'))));
