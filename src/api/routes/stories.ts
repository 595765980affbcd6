// /api/stories: documents grouped into stories (copies of one report), those with most copies first.
import { Hono } from 'hono';
import { z } from 'zod';
import type { ApiEnv } from '../env.js';
import { valid } from '../validate.js';

export const StoriesQuery = z.strictObject({
  copies: z.enum(['true', 'false']).default('false').describe('only stories told by more than one document'),
});

export const stories = new Hono<ApiEnv>()
  .get('/', valid('query', StoriesQuery), async (c) => {
    const items = await c.var.store.listStories({ copiesOnly: c.req.valid('query').copies === 'true' });
    return c.json({ items, total: items.length });
  });
