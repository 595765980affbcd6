// /api/timeline: events and instruments in date order, merged across documents, curators' decisions applied.
import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import { timeline as readTimeline } from '../read-models.js';
import { TimelineQuery } from '../schemas.js';
import { valid } from '../validate.js';

export const timeline = new Hono<ApiEnv>()
  .get('/', valid('query', TimelineQuery), async (c) => {
    const { limit, offset, ...filter } = c.req.valid('query');
    return c.json(await readTimeline(c.var.store, filter, { limit, offset }));
  });
