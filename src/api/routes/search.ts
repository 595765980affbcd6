// /api/search: full-text search over the documents, ranked, with snippets whose matches sit between ⟦ and ⟧.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { SearchQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const search = new Hono<ApiEnv>()
  .get('/', valid('query', SearchQuery), async (c) => {
    const { q, ...page } = c.req.valid('query');
    return c.json(await c.var.store.search(q, page));
  });
