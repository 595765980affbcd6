// /api/stats: how many documents and facts of each kind the store holds.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';

export const stats = new Hono<ApiEnv>()
  .get('/', async (c) => c.json(await c.var.store.stats()));
