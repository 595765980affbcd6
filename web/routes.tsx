// The web pages: each route reads its parameters, asks the API, and renders. The interface language comes
// from ?lang= (then remembered in a cookie) or the cookie. The API calls go with the request's Authorization,
// else the sign-in cookie's token (web/session.tsx); a read refused for want of a token leads to the sign-in.
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
import { instrumentFilter, instrumentPage, instrumentsPage } from './pages/instruments.js';
import { peopleFilter, peoplePage, personPage } from './pages/people.js';
import { measurePage, planPage, plansPage } from './pages/plans.js';
import { timelineFilter, timelinePage } from './pages/timeline.js';
import { reviewKind, reviewPage } from './pages/review.js';
import { storiesPage } from './pages/stories.js';
import { openSession, refuseForgedWrite, safePath, sessionPages, signInRedirect, wantsJson, type Session } from './session.js';

interface WebEnv {
  Variables: { view: View; api: ApiClient; session: Session };
}

const LANG_COOKIE = 'concord_lang';

export function webPages(api: Hono<any>): Hono<WebEnv> {
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    if (isUiLang(asked)) setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
    const cookie = getCookie(c, LANG_COOKIE);
    const lang: UiLang = isUiLang(asked) ? asked : isUiLang(cookie) ? cookie : 'en';
    const session = await openSession(c, api);
    c.set('session', session);
    c.set('view', { t: UI_LANGS[lang], lang, url: new URL(c.req.url), user: session.user });
    c.set('api', apiClient(api, session.authorization, c.env));
    refuseForgedWrite(c, c.var.view);
    await next();
  });
  web.route('/', sessionPages(api));
  web.get('/', async (c) => c.html(await dashboardPage(c.var.view, c.var.api, pairOf(c.req.query('pair')))));
  web.get('/documents', async (c) =>
    c.html(await documentsPage(c.var.view, c.var.api, (c.req.query('q') ?? '').trim().slice(0, 500), offsetOf(c))));
  web.get('/documents/:id', async (c) => c.html(await documentPage(c.var.view, c.var.api, c.req.param('id'))));
  web.get('/indicators', (c) => c.html(indicatorsPage(c.var.view)));
  web.get('/indicators/:name', async (c) => {
    const name = c.req.param('name');
    if (!(INDICATORS as readonly string[]).includes(name)) return notFoundPage(c);
    const pair = c.req.query('pair');
    return c.html(await indicatorPage(c.var.view, c.var.api, name, pair && isPair(pair) ? pair : undefined, c.req.query('unit')));
  });
  web.get('/stories', async (c) => c.html(await storiesPage(c.var.view, c.var.api, c.req.query('all') !== undefined, offsetOf(c))));
  web.get('/instruments', async (c) => c.html(await instrumentsPage(c.var.view, c.var.api, instrumentFilter(c.req.query()), offsetOf(c))));
  web.get('/instruments/:id', async (c) => c.html(await instrumentPage(c.var.view, c.var.api, c.req.param('id'))));
  web.get('/people', async (c) => c.html(await peoplePage(c.var.view, c.var.api, peopleFilter(c.req.query()), offsetOf(c))));
  web.get('/people/:id', async (c) => c.html(await personPage(c.var.view, c.var.api, c.req.param('id'))));
  web.get('/plans', async (c) => c.html(await plansPage(c.var.view, c.var.api, offsetOf(c))));
  web.get('/plans/:id', async (c) => c.html(await planPage(c.var.view, c.var.api, c.req.param('id'), asOfOf(c))));
  web.get('/plans/:id/measures/:measure', async (c) =>
    c.html(await measurePage(c.var.view, c.var.api, c.req.param('id'), c.req.param('measure'), asOfOf(c))));
  web.get('/review', async (c) => c.html(await reviewPage(c.var.view, c.var.api, reviewKind(c.req.query('kind')), offsetOf(c))));
  // Verdicts from forms: the token comes in the form, else from the sign-in; the API checks it and logs the verdict.
  web.post('/review', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? form[name] : '');
    const token = field('token').trim();
    const verdict = field('verdict');
    const fields = verdict === 'corrected' && field('field') ? { [field('field')]: fieldValue(field('value')) } : undefined;
    await c.var.api.post('/api/review', { target: field('target'), id: field('id'), verdict, fields, reason: field('reason') },
      token ? `Bearer ${token}` : c.var.session.writer);
    if (wantsJson(c)) return c.json({ verdict });
    return c.redirect(localPath(field('back')), 303);
  });
  web.get('/timeline', async (c) => c.html(await timelinePage(c.var.view, c.var.api, timelineFilter(c.req.query()), offsetOf(c))));
  web.notFound((c) => notFoundPage(c));
  web.onError((error, c) => {
    if (!(error instanceof ApiFailure)) throw error;
    const signIn = signInRedirect(c, error);
    if (signIn) return signIn;
    const status = error.status === 404 ? 404 : error.status === 401 || error.status === 403 ? error.status : 400;
    if (wantsJson(c)) return c.json(error.body, status);
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

function isPair(value: string): boolean {
  return /^[A-Z]{2}-[A-Z]{2}$/.test(value);
}

function pairOf(value: string | undefined): string {
  return value && isPair(value) ? value : 'AZ-RU';
}

function asOfOf(c: Context): string | undefined {
  const asOf = c.req.query('asOf');
  return asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
}

/** A corrected value as typed: a number stays a number, an empty field clears the value. */
function fieldValue(raw: string): string | number | null {
  const value = raw.trim();
  if (value === '') return null;
  return /^-?\d+(?:\.\d+)?(?:e\d+)?$/i.test(value) ? Number(value) : value;
}

/** Only a path on this site: never another host ("//host", "https://…"). */
function localPath(value: string): string {
  return safePath(value) ?? '/review';
}

function offsetOf(c: Context): number {
  const offset = Number(c.req.query('offset') ?? 0);
  return Number.isInteger(offset) && offset >= 0 ? offset : 0;
}
