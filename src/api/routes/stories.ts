// /api/stories: documents grouped into stories (copies of one report), those with most copies first.
import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiEnv } from '../env.js';
import { pageOf } from '../read-models.js';
import { PagingQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const StoriesQuery = PagingQuery.extend({
  copies: z.enum(['true', 'false']).default('false').describe('only stories told by more than one document'),
});

export const stories = new Hono<ApiEnv>()
  .get('/', valid('query', StoriesQuery), async (c) => {
    const { copies, ...page } = c.req.valid('query');
    return c.json(pageOf(await c.var.store.listStories({ copiesOnly: copies === 'true' }), page));
  });
