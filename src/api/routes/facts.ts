// /api/facts: stored facts with their quotes, filtered by kind, indicator, period, party or document.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { FactsQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const facts = new Hono<ApiEnv>()
  .get('/', valid('query', FactsQuery), async (c) => c.json(await c.var.store.listFacts(c.req.valid('query'))));
