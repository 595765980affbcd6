// /api/conflicts: figures on which stored sources disagree beyond rounding, each value with its sources.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { conflicts as readConflicts } from '../read-models.js';
import { ConflictsQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const conflicts = new Hono<ApiEnv>()
  .get('/', valid('query', ConflictsQuery), async (c) => {
    const { indicator, pair, ...page } = c.req.valid('query');
    return c.json(await readConflicts(c.var.store, { indicator, pair }, page));
  });
