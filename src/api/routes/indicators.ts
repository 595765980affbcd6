// /api/indicators/:name: one indicator's figures over time (for a pair), each with its sources and conflict.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { indicatorFigures } from '../read-models.js';
import { IndicatorParams, IndicatorQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const indicators = new Hono<ApiEnv>()
  .get('/:name', valid('param', IndicatorParams), valid('query', IndicatorQuery), async (c) => {
    const { name } = c.req.valid('param');
    const { pair, unit, latest, ...page } = c.req.valid('query');
    const { units, ...figures } = await indicatorFigures(c.var.store, name, { pair, unit }, { ...page, latest: latest === 'true' });
    return c.json({ indicator: name, pair: pair ?? null, units, ...figures });
  });
