// /api/report: the cited brief on a country pair as a download (HTML, Markdown or PDF), the same document
// `concord report` writes. Markdown comes without its chart files; HTML and PDF hold their charts inline.
import { Hono } from 'hono';
import { z } from 'zod';
import { CONTENT_TYPES, REPORT_FORMATS, REPORT_LANGS, renderReport } from '../../report/brief/index.js';
import type { ApiEnv } from '../env.js';
import { valid } from '../validate.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

export const ReportQuery = z.strictObject({
  pair: z.string().regex(/^[A-Za-z]{2}-[A-Za-z]{2}$/, { error: 'expected two country codes such as RU-AZ' }).describe('the country pair, e.g. RU-AZ'),
  format: z.enum(REPORT_FORMATS).default('html'),
  lang: z.enum(REPORT_LANGS).default('en').describe('the language of the report\'s own words'),
  from: day.optional(),
  to: day.optional(),
  as_of: day.optional().describe('the day plan statuses are judged on'),
});

export const report = new Hono<ApiEnv>()
  .get('/', valid('query', ReportQuery), async (c) => {
    const query = c.req.valid('query');
    const { body } = await renderReport(c.var.store, {
      pair: query.pair, lang: query.lang, from: query.from, to: query.to, asOf: query.as_of,
    }, query.format, { generation: { at: new Date().toISOString(), store: c.var.store.engine } });
    const name = `concord-report-${query.pair.toUpperCase()}${query.from || query.to ? `-${query.from ?? ''}_${query.to ?? ''}` : ''}.${query.format}`;
    return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPES[query.format],
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });
