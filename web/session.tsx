// Signing in to the web app with an API token. The API checks the token (GET /api/whoami), so a wrong one is
// logged and counted like any failed authentication; a good one is kept in an HttpOnly, SameSite=Strict cookie
// that pages send to the API as their Authorization when the request brings none of its own. A write made
// with the cookie must say it comes from this site (Sec-Fetch-Site, else Origin, else Referer).
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { errorBody } from '../src/api/errors.js';
import { ApiFailure, bindings } from './client.js';
import { fill } from './i18n/index.js';
import { Layout, type SignedIn, type View } from './layout.js';

export const SESSION_COOKIE = 'concord_session';
/** How long a sign-in lasts when nobody signs out. */
const SESSION_SECONDS = 12 * 3600;
/** Longer than any token; a pasted text beyond it is not a token. */
const TOKEN_MAX = 200;

export interface Session {
  /** Whom the cookie's token names; null when not signed in. */
  user: SignedIn | null;
  /** What the page's API reads go with: the request's own Authorization header, else the cookie's token. */
  authorization: string | undefined;
  /** The cookie's token as a Bearer header, for writes from forms without a token of their own; '' without one. */
  writer: string;
}

interface SessionEnv {
  Variables: { view: View; session: Session };
}

/**
 * Reads the sign-in cookie and asks the API whom its token names. A token the API refuses (revoked since) is
 * dropped with the cookie; pages of a signed-in person are never kept by shared caches.
 */
export async function openSession(c: Context, api: Hono<any>): Promise<Session> {
  const own = c.req.header('authorization');
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return { user: null, authorization: own, writer: '' };
  const answer = await whoami(api, token, c.env);
  if (answer.status === 401) {
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return { user: null, authorization: own, writer: '' };
  }
  c.header('Cache-Control', 'private, no-store');
  const bearer = `Bearer ${token}`;
  return { user: answer.caller, authorization: own ?? bearer, writer: bearer };
}

/** Where a request says it was sent from: this site, another one, or unknown (no header tells). */
export function sentFrom(c: Context): 'this-site' | 'other-site' | 'unknown' {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' ? 'this-site' : 'other-site';
  const host = new URL(c.req.url).host;
  const origin = c.req.header('origin');
  if (origin !== undefined) return hostOf(origin) === host ? 'this-site' : 'other-site';
  const referer = c.req.header('referer');
  if (referer !== undefined) return hostOf(referer) === host ? 'this-site' : 'other-site';
  return 'unknown';
}

/**
 * Refuses (403) a form post another site made, and a post carrying the sign-in cookie that does not say it
 * came from this site; SameSite=Strict already keeps the cookie off other sites' requests in browsers.
 */
export function refuseForgedWrite(c: Context, view: View): void {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const from = sentFrom(c);
  if (from === 'other-site' || (from === 'unknown' && getCookie(c, SESSION_COOKIE) !== undefined)) {
    throw new ApiFailure(403, errorBody('cross_site', view.t.session.crossSite, { sentFrom: from }));
  }
}

/** For a page read the API refused for want of a token, the sign-in page, coming back here afterwards. */
export function signInRedirect(c: Context, error: ApiFailure): Response | undefined {
  if (error.status !== 401 || (c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.header('authorization')) return undefined;
  return c.redirect(signInHref(new URL(c.req.url)), 303);
}

export function signInHref(url: URL): string {
  return `/signin?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`;
}

/** True when the caller asked for JSON (the verdict forms' script) rather than a page. */
export function wantsJson(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}

/**
 * A path on this site to go back to, or undefined: never another host ("//host", "/\host", "https://…"),
 * nor anything with control characters or backslashes, which browsers would read as other URLs.
 */
export function safePath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  if (!/^\/(?![\/\\])/.test(value) || /[\x00-\x1f\x7f\\]/.test(value)) return undefined;
  const base = 'http://concord.invalid';
  try {
    return new URL(value, base).origin === base ? value : undefined;
  } catch {
    return undefined;
  }
}

/** GET /signin (the form), POST /signin (check the token, set the cookie), POST /signout (clear it). */
export function sessionPages(api: Hono<any>): Hono<SessionEnv> {
  const pages = new Hono<SessionEnv>();
  pages.get('/signin', (c) => c.html(signInPage(c.var.view, safePath(c.req.query('next')) ?? '/')));
  pages.post('/signin', async (c) => {
    const form = await c.req.parseBody();
    const next = safePath(form.next) ?? '/';
    const typed = typeof form.token === 'string' ? form.token.trim() : '';
    // A text that cannot be a header value is sent as no token at all, so that it is still logged and counted.
    const token = /^[\x21-\x7e]{1,200}$/.test(typed) ? typed : '';
    const answer = await whoami(api, token, c.env);
    if (answer.status === 200 && answer.caller) {
      setCookie(c, SESSION_COOKIE, token, { ...cookieOptions(c), httpOnly: true, sameSite: 'Strict', maxAge: SESSION_SECONDS });
      return c.redirect(next, 303);
    }
    const { t } = c.var.view;
    const problem = answer.status === 429 ? fill(t.session.rateLimited, { seconds: answer.retryAfter || 60 })
      : answer.status === 401 ? t.session.invalid
      : fill(t.session.failed, { message: answer.message });
    c.header('Cache-Control', 'no-store');
    return c.html(signInPage(c.var.view, next, problem), answer.status === 429 ? 429 : 401);
  });
  pages.post('/signout', async (c) => {
    const form = await c.req.parseBody();
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return c.redirect(safePath(form.next) ?? '/', 303);
  });
  return pages;
}

function signInPage(view: View, next: string, problem?: string) {
  const { t, user } = view;
  return (
    <Layout view={view} title={t.session.title}>
      {user && <p class="note">{fill(t.session.already, { name: user.name, role: t.session.roles[user.role] })}</p>}
      <form class="card signin-form" method="post" action="/signin">
        {problem && <p class="form-error" role="alert" id="signin-error">{problem}</p>}
        <input type="hidden" name="next" value={next} />
        <label for="token">{t.session.token}</label>
        <input id="token" name="token" type="password" required maxlength={TOKEN_MAX} autocomplete="off" spellcheck={false}
          aria-describedby={problem ? 'signin-error token-help' : 'token-help'} aria-invalid={problem ? 'true' : undefined} />
        <p class="note" id="token-help">{t.session.help}</p>
        <button type="submit">{t.session.submit}</button>
      </form>
    </Layout>
  );
}

interface WhoAmI {
  status: number;
  caller: SignedIn | null;
  retryAfter: number;
  message: string;
}

/** Asks the API, in-process and with the page request's bindings (its client address), whom a token names. */
async function whoami(api: Hono<any>, token: string, env: unknown): Promise<WhoAmI> {
  const response = await api.request('/api/whoami', { headers: { authorization: `Bearer ${token}` } }, bindings(env));
  const body = await response.json().catch(() => ({})) as { name?: string; role?: SignedIn['role']; message?: string };
  return {
    status: response.status,
    caller: response.ok && body.name && body.role ? { name: body.name, role: body.role } : null,
    retryAfter: Number(response.headers.get('retry-after') ?? 0),
    message: body.message ?? String(response.status),
  };
}

/** The cookie's scope: the whole site; Secure when the page was asked for over https (directly or via a proxy). */
function cookieOptions(c: Context): CookieOptions {
  const https = new URL(c.req.url).protocol === 'https:'
    || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
  return { path: '/', secure: https };
}

function hostOf(value: string): string | undefined {
  try {
    return value === 'null' ? undefined : new URL(value).host;
  } catch {
    return undefined;
  }
}
