// The frame of every page: skip link, navigation, who is signed in, language switch, main content.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Role } from '../src/store/tokens.js';
import { fill, type Dictionary, type UiLang } from './i18n/index.js';

export interface View {
  t: Dictionary;
  lang: UiLang;
  /** The request's path and query, for links that change one parameter. */
  url: URL;
  /** Whom the sign-in cookie names; null or absent when nobody is signed in. */
  user?: SignedIn | null;
}

export interface SignedIn {
  name: string;
  role: Role;
}

/** True when the signed-in person may confirm, reject and correct with the sign-in alone (no token field). */
export function canWrite(view: View): boolean {
  return !!view.user && view.user.role !== 'viewer';
}

const NAV = ['dashboard', 'documents', 'stories', 'indicators', 'timeline', 'instruments', 'people', 'plans', 'review'] as const;
const HREF: Record<(typeof NAV)[number], string> = {
  dashboard: '/', documents: '/documents', stories: '/stories', indicators: '/indicators', timeline: '/timeline',
  instruments: '/instruments', people: '/people', plans: '/plans', review: '/review',
};

export function Layout(props: { view: View; title: string; children: Child }) {
  const { t, lang, url } = props.view;
  const other: UiLang = lang === 'en' ? 'ru' : 'en';
  const switchUrl = new URL(url);
  switchUrl.searchParams.set('lang', other);
  return (
    <>
    {raw('<!DOCTYPE html>')}
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t.appName}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">{t.skip}</a>
        <header class="top">
          <a class="brand" href="/">{t.appName}</a>
          <nav aria-label="main">
            <ul>
              {NAV.map((key) => (
                <li><a href={HREF[key]} aria-current={isCurrent(url.pathname, HREF[key]) ? 'page' : undefined}>{t.nav[key]}</a></li>
              ))}
              <li><a href="/openapi.json">{t.nav.api}</a></li>
            </ul>
          </nav>
          <div class="account">
            <SessionBox view={props.view} />
            <a class="lang" href={`${switchUrl.pathname}${switchUrl.search}`} hreflang={other} lang={other} id="lang-switch">
              {other === 'ru' ? 'Русский' : 'English'}
            </a>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
    </>
  );
}

/** Who is signed in, with a sign-out button; or a link to sign in that comes back to this page. */
function SessionBox(props: { view: View }) {
  const { t, url, user } = props.view;
  const here = `${url.pathname}${url.search}`;
  if (!user) {
    if (url.pathname === '/signin') return null;
    return <a class="session signin-link" id="signin-link" href={`/signin?next=${encodeURIComponent(here)}`}>{t.session.signIn}</a>;
  }
  return (
    <form class="session" method="post" action="/signout" aria-label={t.session.signedInAs}>
      <span class="who">
        <span class="visually-hidden">{t.session.signedInAs} </span>
        <strong class="who-name">{user.name}</strong> <span class="who-role">{t.session.roles[user.role]}</span>
      </span>
      <input type="hidden" name="next" value={here} />
      <button type="submit" class="signout">{t.session.signOut}</button>
    </form>
  );
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}

/** Previous/next links over a page of rows, keeping the other query parameters. */
/** The order of a list of people or instruments: most cited first, or by name. */
export function SortSelect(props: { view: View; sort: 'name' | undefined }) {
  const { t } = props.view;
  return (
    <>
      <label for="sort">{t.paging.sort}</label>
      <select id="sort" name="sort">
        <option value="">{t.paging.byMentions}</option>
        <option value="name" selected={props.sort === 'name'}>{t.paging.byName}</option>
      </select>
    </>
  );
}

export function Pager(props: { view: View; total: number; limit: number; offset: number }) {
  const { t, url } = props.view;
  const { total, limit, offset } = props;
  if (total <= limit && offset === 0) return null;
  const link = (to: number) => {
    const next = new URL(url);
    next.searchParams.set('offset', String(to));
    next.searchParams.delete('lang');
    return `${next.pathname}${next.search}`;
  };
  const label = t.paging.page.replace('{from}', String(Math.min(offset + 1, total)))
    .replace('{to}', String(Math.min(offset + limit, total))).replace('{total}', String(total));
  return (
    <nav class="pager" aria-label="pages">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))} rel="prev">← {t.paging.previous}</a> : <span />}
      <span>{label}</span>
      {offset + limit < total ? <a href={link(offset + limit)} rel="next">{t.paging.next} →</a> : <span />}
    </nav>
  );
}

/** A section for data the store does not hold yet, said plainly instead of faked. */
export function NotYet(props: { title: string; text: string }) {
  return (
    <section class="card not-yet" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.text}</p>
    </section>
  );
}

/**
 * A verdict on one item, posted to /review. Signed in as an editor, the sign-in is the credential and the form
 * has no token field (app.js posts it to /review and shows the answer in place). Otherwise, without scripts the
 * token is typed into the form; with them, app.js fills it from the tab's session storage and posts to the API.
 */
export function ReviewForm(props: { view: View; target: string; id: string; verdict?: string | null; correctable?: boolean }) {
  const { t, url } = props.view;
  const field = `why-${props.id.replace(/[^\w-]/g, '_')}`;
  return (
    <form class="review-form" method="post" action="/review" data-saved={t.review.saved} data-failed={t.review.failed}
      data-verdicts={JSON.stringify(t.review.verdicts)} data-signed-in={canWrite(props.view) ? 'editor' : undefined}>
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="back" value={`${url.pathname}${url.search}`} />
      <label for={field}>{t.review.reason}</label>
      <input id={field} name="reason" required minlength={3} maxlength={500} />
      {!canWrite(props.view) && <label class="token-field">{t.review.token} <input type="password" name="token" autocomplete="off" /></label>}
      <button type="submit" name="verdict" value="confirmed">{t.review.confirm}</button>
      <button type="submit" name="verdict" value="rejected" class="secondary">{t.review.reject}</button>
      {props.correctable && <>
        <label>{t.review.field} <input name="field" size={8} maxlength={40} pattern="[a-z_]+" placeholder="value" /></label>
        <label>{t.review.newValue} <input name="value" size={12} maxlength={500} /></label>
        <button type="submit" name="verdict" value="corrected" class="secondary">{t.review.correct}</button>
      </>}
      <span class="review-status" role="status">{props.verdict ? t.review.verdicts[props.verdict as 'confirmed' | 'rejected' | 'corrected'] ?? props.verdict : ''}</span>
    </form>
  );
}

/**
 * The one token field of a page with verdict forms; shown only where scripts run (app.js unhides it). Signed in
 * as an editor, a line saying under whose name verdicts are recorded instead.
 */
export function TokenBox(props: { view: View }) {
  const { t, user } = props.view;
  if (user && canWrite(props.view)) {
    return <p class="note signed-note">{fill(t.session.writesAs, { name: user.name, role: t.session.roles[user.role] })}</p>;
  }
  return (
    <div class="token-box card" id="token-box" hidden>
      <label for="editor-token">{t.review.token}</label>
      <input id="editor-token" type="password" autocomplete="off" />
      <p class="note">{t.review.tokenHelp}</p>
    </div>
  );
}
