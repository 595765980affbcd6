// HTML pages: the article body found by Readability, as text with paragraph breaks, plus what the page's
// meta tags say (published time, site name, title, canonical URL). Scripts and styles never enter the text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDayPrefix } from '../calendar.js';
import { decodeText, decodeWithCharset } from './text-bytes.js';
import { htmlToText } from './html-text.js';
import type { ConvertedText } from './converted.js';

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publish-date',
  'publication_date', 'dc.date.issued', 'dc.date', 'date',
];
const TITLE_META = ['og:title', 'twitter:title'];
const OUTLET_META = ['og:site_name', 'application-name'];
const CLUTTER = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form';

export function convertHtml(bytes: Uint8Array, source: string): ConvertedText {
  const html = decodeHtml(bytes, source);
  const { document } = parseHTML(html);
  const linkedData = readLinkedData(document);
  for (const node of Array.from(document.querySelectorAll('script, style'))) node.remove();
  const metadata = {
    title: metaContent(document, TITLE_META) ?? linkedData.headline,
    published: isoDayPrefix(metaContent(document, PUBLISHED_META) ?? linkedData.datePublished),
    outlet: metaContent(document, OUTLET_META),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url']),
  };
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const article = new Readability(document as unknown as Document).parse();
  const text = article?.content ? fragmentText(article.content) : bodyText(html);
  return {
    text,
    verbatim: false,
    title: metadata.title ?? clean(article?.title) ?? pageTitle,
    published: metadata.published ?? isoDayPrefix(article?.publishedTime),
    outlet: metadata.outlet ?? clean(article?.siteName),
    url: metadata.url,
  };
}

/** The charset the page declares in its first bytes (old Russian sites use windows-1251), else as a text file. */
function decodeHtml(bytes: Uint8Array, source: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return decodeText(bytes, source).text;
  return decodeWithCharset(bytes, charset, source);
}

function fragmentText(fragment: string): string {
  return htmlToText(parseHTML(`<!doctype html><html><body>${fragment}</body></html>`).document.body);
}

/** When Readability finds no article, the whole body minus navigation and page chrome. */
function bodyText(html: string): string {
  const { document } = parseHTML(html);
  for (const node of Array.from(document.querySelectorAll(CLUTTER))) node.remove();
  return htmlToText(document.body ?? document);
}

type Queryable = Pick<Document, 'querySelector' | 'querySelectorAll'>;

function metaContent(document: Queryable, keys: string[]): string | null {
  for (const key of keys) {
    const lower = key.toLowerCase();
    for (const meta of Array.from(document.querySelectorAll('meta'))) {
      const name = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
        .toLowerCase();
      const content = clean(meta.getAttribute('content'));
      if (name === lower && content) return content;
    }
  }
  return null;
}

interface LinkedData {
  headline: string | null;
  datePublished: string | null;
}

/** schema.org JSON-LD, where news sites often put the publication date and headline. */
function readLinkedData(document: Queryable): LinkedData {
  const found: LinkedData = { headline: null, datePublished: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of [parsed].flat(2)) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      found.headline ??= typeof record.headline === 'string' ? clean(record.headline) : null;
      found.datePublished ??= typeof record.datePublished === 'string' ? record.datePublished : null;
    }
  }
  return found;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
