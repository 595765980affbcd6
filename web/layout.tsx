// The frame of every page: skip link, navigation, language switch, main content.
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Dictionary, UiLang } from './i18n/index.js';

export interface View {
  t: Dictionary;
  lang: UiLang;
  /** The request's path and query, for links that change one parameter. */
  url: URL;
}

const NAV = ['dashboard', 'documents', 'indicators', 'timeline', 'instruments', 'people'] as const;
const HREF: Record<(typeof NAV)[number], string> = {
  dashboard: '/', documents: '/documents', indicators: '/indicators', timeline: '/timeline', instruments: '/instruments', people: '/people',
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
          <a class="lang" href={`${switchUrl.pathname}${switchUrl.search}`} hreflang={other} lang={other} id="lang-switch">
            {other === 'ru' ? 'Русский' : 'English'}
          </a>
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

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}

/** Previous/next links over a page of rows, keeping the other query parameters. */
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
