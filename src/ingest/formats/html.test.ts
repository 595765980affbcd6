import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHtml } from './html.js';

const fixture = readFileSync(new URL('../../../test/fixtures/ingest/article.html', import.meta.url));
const page = (head: string, body: string) =>
  new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const ARTICLE = '<article><p>' + 'Trade turnover between Russia and Azerbaijan grew by 17.5% in 2023. '.repeat(8) + '</p></article>';

describe('convertHtml', () => {
  const converted = convertHtml(fixture, 'article.html');

  it('keeps the article body with a blank line between paragraphs', () => {
    expect(converted.text).toMatch(/next three years\.\n\nTrade turnover between Russia and Azerbaijan increased by 17\.5%/);
  });

  it('leaves navigation, asides, footers, scripts and styles out of the text', () => {
    for (const clutter of ['Politics', 'Another headline', 'All rights reserved', 'never in the text', 'color: red']) {
      expect(converted.text).not.toContain(clutter);
    }
  });

  it('reads title, outlet, publication day and canonical URL from meta tags', () => {
    expect(converted).toMatchObject({
      title: 'Russia and Azerbaijan sign a road map',
      outlet: 'Example News',
      published: '2024-01-24',
      url: 'https://news.example/road-map',
    });
  });

  it('takes the publication day as the publisher wrote it, not shifted to UTC', () => {
    const late = convertHtml(page('<meta property="article:published_time" content="2024-01-24T23:30:00-05:00">', ARTICLE), 'a.html');
    expect(late.published).toBe('2024-01-24');
  });

  it('reads the headline and date of schema.org JSON-LD', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Road map signed","datePublished":"2023-02-21"}</script>';
    expect(convertHtml(page(ld, ARTICLE), 'a.html')).toMatchObject({ title: 'Road map signed', published: '2023-02-21' });
  });

  it('falls back to the <title> element', () => {
    expect(convertHtml(page('<title>Товарооборот вырос</title>', ARTICLE), 'a.html').title).toBe('Товарооборот вырос');
  });

  it('decodes a page declared as windows-1251', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><body><p>');
    const body = new Uint8Array([0xc1, 0xe0, 0xea, 0xf3]);
    const tail = new TextEncoder().encode('</p></body></html>');
    expect(convertHtml(new Uint8Array([...head, ...body, ...tail]), 'a.html').text).toBe('Баку');
  });

  it('keeps list items and line breaks on their own lines', () => {
    expect(convertHtml(page('', '<div><p>One<br>Two</p><ul><li>Three</li><li>Four</li></ul></div>'), 'a.html').text)
      .toBe('One\nTwo\n\nThree\nFour');
  });
});
