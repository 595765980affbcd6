// The whole site one process serves: the HTTP API under /api, the web pages (which read through the API)
// and their two static files, behind a content security policy that lets no inline script run. Referrers go to
// this site only (never to the sources documents link to), so that a form's Origin names this site and
// cookie-authenticated writes can be told from forged ones (web/session.tsx).
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from '../src/api/app.js';
import { webPages } from './routes.js';

const STATIC: Record<string, { body: string; type: string }> = {
  'app.css': { body: readFileSync(new URL('./static/app.css', import.meta.url), 'utf8'), type: 'text/css; charset=utf-8' },
  'app.js': { body: readFileSync(new URL('./static/app.js', import.meta.url), 'utf8'), type: 'text/javascript; charset=utf-8' },
};

export function createSite(options: ApiOptions): Hono {
  const api = createApi(options);
  const site = new Hono();
  site.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: 'same-origin',
  }));
  site.get('/static/:name', (c) => {
    const file = STATIC[c.req.param('name')];
    if (!file) return c.notFound();
    return c.body(file.body, 200, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=300' });
  });
  site.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  site.get('/openapi.json', (c) => api.fetch(c.req.raw, c.env));
  site.route('/', webPages(api));
  return site;
}
