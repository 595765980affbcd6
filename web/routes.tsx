// The web pages: each route reads its parameters, asks the API, and renders. The interface language comes
// from ?lang= (then remembered in a cookie) or the cookie.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { INDICATORS } from '../src/core/facts.js';
import { ApiFailure, apiClient, type ApiClient } from './client.js';
import { UI_LANGS, isUiLang, type UiLang } from './i18n/index.js';
import { Layout, type View } from './layout.js';
import { dashboardPage } from './pages/dashboard.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { indicatorPage, indicatorsPage } from './pages/indicator.js';
import { REGISTERS, registerPage } from './pages/registers.js';

interface WebEnv {
  Variables: { view: View; api: ApiClient };
}

const LANG_COOKIE = 'concord_lang';

export function webPages(api: Hono<any>): Hono<WebEnv> {
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    if (isUiLang(asked)) setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    const cookie = getCookie(c, LANG_COOKIE);
    const lang: UiLang = isUiLang(asked) ? asked : isUiLang(cookie) ? cookie : 'en';
    c.set('view', { t: UI_LANGS[lang], lang, url: new URL(c.req.url) });
    c.set('api', apiClient(api, c.req.header('authorization')));
    await next();
  });
  web.get('/', async (c) => c.html(await dashboardPage(c.var.view, c.var.api, pairOf(c.req.query('pair')))));
  web.get('/documents', async (c) =>
    c.html(await documentsPage(c.var.view, c.var.api, (c.req.query('q') ?? '').trim().slice(0, 500), offsetOf(c))));
  web.get('/documents/:id', async (c) => c.html(await documentPage(c.var.view, c.var.api, c.req.param('id'))));
  web.get('/indicators', (c) => c.html(indicatorsPage(c.var.view)));
  web.get('/indicators/:name', async (c) => {
    const name = c.req.param('name');
    if (!(INDICATORS as readonly string[]).includes(name)) return notFoundPage(c);
    return c.html(await indicatorPage(c.var.view, c.var.api, name, c.req.query('unit')));
  });
  for (const [path, register] of Object.entries(REGISTERS)) {
    web.get(`/${path}`, async (c) => c.html(await registerPage(c.var.view, c.var.api, register, offsetOf(c))));
  }
  web.notFound((c) => notFoundPage(c));
  web.onError((error, c) => {
    if (!(error instanceof ApiFailure)) throw error;
    const status = error.status === 404 ? 404 : error.status === 401 || error.status === 403 ? error.status : 400;
    const view = c.var.view;
    return c.html(
      <Layout view={view} title={status === 404 ? view.t.error.notFound : view.t.error.title}>
        <p>{error.message} <code>({error.body.error})</code></p>
      </Layout>, status);
  });
  return web;
}

function notFoundPage(c: Context<WebEnv>) {
  const view = c.var.view;
  return c.html(<Layout view={view} title={view.t.error.notFound}><p><a href="/">{view.t.nav.dashboard}</a></p></Layout>, 404);
}

function pairOf(value: string | undefined): string {
  return value && /^[A-Z]{2}-[A-Z]{2}$/.test(value) ? value : 'AZ-RU';
}

function offsetOf(c: Context): number {
  const offset = Number(c.req.query('offset') ?? 0);
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}
