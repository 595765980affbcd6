// /api/review: what waits for an editor's verdict, and the verdicts (editors; each one in the audit log).
// A plan's evidence link is judged in the plans repository; anything else is a curator's decision.
import { Hono } from 'hono';
import { recordDecision } from '../../pipeline/curation.js';
import { requireRole } from '../auth.js';
import type { ApiEnv } from '../env.js';
import { reviewQueue } from '../read-models.js';
import { ReviewBody, ReviewQueueQuery } from '../schemas.js';
import { parse, valid } from '../validate.js';

const ACTION = { confirmed: 'confirm', rejected: 'reject', corrected: 'correct' } as const;

export const review = new Hono<ApiEnv>()
  .get('/queue', valid('query', ReviewQueueQuery), async (c) => {
    const { kind, ...page } = c.req.valid('query');
    return c.json(await reviewQueue(c.var.store, kind, page));
  })
  .post('/', requireRole('editor'), async (c) => {
    const body = parse(ReviewBody, await c.req.json().catch(() => null), 'body');
    const caller = c.var.caller!;
    const result = body.target === 'link' && body.verdict !== 'corrected'
      ? await c.var.store.plans.review(body.id, body.verdict, caller.name, body.reason)
      : await recordDecision(c.var.store, {
        action: ACTION[body.verdict], targets: [body.id], fields: body.fields ?? {}, why: body.reason, by: caller.name,
      });
    await c.var.store.access.recordAudit({
      tokenId: caller.id, actor: caller.name, action: `review.${body.target}`, target: body.id, reason: body.reason, ip: c.var.ip,
      details: { verdict: body.verdict, ...(body.fields && { fields: body.fields }) },
    });
    return c.json({ target: body.target, verdict: body.verdict, result }, 201);
  });
