// /api/plans: stored plans; one plan's road maps and measures with their statuses as of a day; one measure
// with its evidence links, their verdicts and its recorded status history.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { measureView, pageOf, planView, today } from '../read-models.js';
import { MeasureParams, PagingQuery, PlanParams, PlanQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const plans = new Hono<ApiEnv>()
  .get('/', valid('query', PagingQuery), async (c) => c.json(pageOf(await c.var.store.plans.list(), c.req.valid('query'))))
  .get('/:id', valid('param', PlanParams), valid('query', PlanQuery), async (c) =>
    c.json(await planView(c.var.store, c.req.valid('param').id, c.req.valid('query').asOf ?? today())))
  .get('/:id/measures/:measure', valid('param', MeasureParams), valid('query', PlanQuery), async (c) => {
    const { id, measure } = c.req.valid('param');
    return c.json(await measureView(c.var.store, id, measure, c.req.valid('query').asOf ?? today()));
  });
