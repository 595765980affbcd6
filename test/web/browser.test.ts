// The web app in a real browser: a server on a free 127.0.0.1 port over a temporary store ingested from the
// sample documents, a few corpus texts and one hostile text; chromium driven by playwright-core.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../src/api/listen.js';
import { ingestPaths } from '../../src/pipeline/ingest-documents.js';
import { linkEvidence, parsePlan } from '../../src/plans/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createSite } from '../../web/site.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORPUS = join(ROOT, '../shared/corpus/dev');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const HOSTILE = `Baku, 5 March 2024. <script>window.__pwned = 'script'</script> Trade turnover between Azerbaijan and Russia
reached $4.4 billion in 2023. <img src="x" onerror="window.__pwned = 'onerror'"> The road map was signed in Baku.
`;
// Another outlet's figure for the same year, beyond rounding from the one above: a conflict between sources.
const RIVAL = `Moscow, 12 February 2024. Trade turnover between Russia and Azerbaijan amounted to $3.1 billion in 2023,
the Federal Customs Service said on Monday, adding that deliveries of food products grew.
`;

describe('the web app in a browser', () => {
  let dataDir: string;
  let store: Store;
  let server: Listening;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concord-web-'));
    const hostile = join(dataDir, 'incoming');
    await mkdir(hostile);
    await writeFile(join(hostile, 'hostile.txt'), HOSTILE);
    await writeFile(join(hostile, 'rival.txt'), RIVAL);
    store = await openStore({ dataDir: join(dataDir, 'store') });
    await ingestPaths(store, [join(ROOT, 'examples/documents'), join(hostile, 'hostile.txt'), join(hostile, 'rival.txt'),
      ...['d101_einpresswire-overchuk-baku-20th-igc.txt', 'd104_azernews-trade-turkey-russia-jan-nov.txt',
        'd113_today-az-asadov-melikov-dagestan.txt', 'd203_kommersant-23rd-igc-astrakhan.txt'].map((f) => join(CORPUS, f))]);
    const plans = join(ROOT, 'examples/plans');
    for (const file of (await readdir(plans)).filter((name) => name.endsWith('.yaml'))) {
      const plan = parsePlan(await readFile(join(plans, file), 'utf8'), file);
      await store.plans.save(plan, file);
      const { facts, documentTexts } = await store.plans.linkableFacts();
      await store.plans.replaceLinks(plan.id, linkEvidence(plan, facts, { documentTexts }));
    }
    server = await listen(createSite({ store, dataDir }).fetch, 0, '127.0.0.1');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const shoot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('opens the dashboard with headline figures and their sources', async () => {
    await page.goto(`${server.url}/?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Cooperation dashboard');
    expect(await page.locator('.figures li').count()).toBeGreaterThan(0);
    expect(await page.locator('.figures li a.source').first().getAttribute('href')).toMatch(/^\/documents\/doc_\w+#fact-f_/);
    await shoot('dashboard');
  });

  it('searches the texts and opens a document with its facts highlighted by kind', async () => {
    await page.goto(`${server.url}/documents`);
    await shoot('documents');
    await page.fill('#q', 'road map');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=road/);
    expect(await page.locator('.hits li mark').count()).toBeGreaterThan(0);
    await shoot('search');
    await page.locator('.hits li a').first().click();
    await page.waitForURL(/\/documents\/doc_/);
    const marks = page.locator('.body mark.fact');
    expect(await marks.count()).toBeGreaterThan(0);
    const kinds = await marks.evaluateAll((all) => [...new Set(all.map((m) => m.className.replace('fact ', '')))]);
    expect(kinds.every((k) => /^k-(measurement|instrument|event|person)$/.test(k))).toBe(true);
    expect(await page.locator('.fact-list li blockquote').count()).toBeGreaterThan(0);
    await shoot('document');
  });

  it('draws an indicator with every point linked to its source', async () => {
    await page.goto(`${server.url}/indicators/trade_turnover`);
    const points = await page.locator('svg a.chart-point').count();
    expect(points).toBeGreaterThan(1);
    expect(await page.locator('table tbody tr').count()).toBe(points);
    await shoot('indicator');
  });

  it('switches the interface to Russian and remembers it', async () => {
    await page.goto(`${server.url}/`);
    await page.click('#lang-switch');
    await page.waitForURL(/lang=ru/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.goto(`${server.url}/documents`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Документы');
    await shoot('documents-ru');
    await page.goto(`${server.url}/?lang=en`);
  });

  it('shows hostile HTML in a document as inert text', async () => {
    const listed = await (await page.request.get(`${server.url}/api/documents?limit=200`)).json();
    const hostile = listed.items.find((doc: { file: string }) => doc.file === 'hostile.txt');
    await page.goto(`${server.url}/documents/${hostile.id}`);
    await shoot('document-hostile');
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('.body script, .body img').count()).toBe(0);
    expect(await page.locator('.body').textContent()).toContain('<img src="x" onerror=');
  });

  it('fits a phone screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${server.url}/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: join(SCREENSHOTS, 'dashboard-phone.png'), fullPage: true });
    await phone.close();
  });

  it('shows the open conflicts between sources on the dashboard, with figures in words people use', async () => {
    await page.goto(`${server.url}/?lang=en`);
    const conflicts = page.locator('section.conflicts .conflict-item');
    expect(await conflicts.count()).toBeGreaterThan(0);
    const text = await page.locator('section.conflicts').textContent();
    expect(text).toContain('$4.4 billion');
    expect(text).toContain('$3.1 billion');
    expect(await page.locator('.figures .headline-value').first().textContent()).toMatch(/\$[\d.]+ billion/);
    await shoot('dashboard');
  });

  it('draws two conflicting sources apart on the indicator chart, each point linked to its quote', async () => {
    await page.goto(`${server.url}/indicators/trade_turnover?pair=AZ-RU`);
    const marked = page.locator('svg a.chart-point.conflict');
    expect(await marked.count()).toBeGreaterThanOrEqual(2);
    const xs = await marked.evaluateAll((links) => links.map((a) => a.querySelector('path')!.getBoundingClientRect().x));
    expect(new Set(xs.map(Math.round)).size).toBeGreaterThan(1);
    expect(await marked.first().getAttribute('href')).toMatch(/^\/documents\/doc_\w+#fact-f_/);
    expect(await page.locator('tr.conflict').count()).toBe(await marked.count());
    await shoot('indicator');
  });

  it('shows the plan board with statuses after importing the example plans', async () => {
    await page.goto(`${server.url}/plans`);
    await page.locator('table a').first().click();
    await page.waitForURL(/\/plans\/[^/]+$/);
    const measures = page.locator('.board li.measure');
    expect(await measures.count()).toBeGreaterThan(3);
    const statuses = await measures.evaluateAll((all) => all.map((li) => li.getAttribute('data-status')));
    expect(statuses.every((s) => ['planned', 'in_progress', 'done', 'overdue', 'dropped'].includes(s!))).toBe(true);
    expect(await page.locator('.board .status').first().textContent()).not.toBe('');
    await shoot('plan-board');
  });

  it('records a verdict on an evidence link with an editor token, in the audit log', async () => {
    const { token } = await store.access.createToken('desk', 'editor');
    await page.goto(`${server.url}/review?kind=link`);
    const item = page.locator('li.link-item').first();
    const linkId = (await item.getAttribute('id'))!.replace(/^link-/, '');
    await page.fill('#editor-token', token);
    await item.locator('input[name="reason"]').fill('quote names the measure');
    await item.locator('button[value="confirmed"]').click();
    await expect.poll(() => item.locator('.review-status').textContent()).toContain('confirmed');
    await shoot('review');
    expect(await page.evaluate(() => sessionStorage.getItem('concord_editor_token'))).toBe(token);
    await page.goto(`${server.url}/review?kind=link`);
    expect(await page.locator(`#link-${linkId}`).count()).toBe(0);
    const audit = await store.access.listAudit({ limit: 5 });
    expect(audit.items[0]).toMatchObject({ actor: 'desk', action: 'review.link', target: linkId, reason: 'quote names the measure' });
  });

  it('records a verdict from a form without scripts, the token typed into the form', async () => {
    const { token } = await store.access.createToken('night-desk', 'editor');
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${server.url}/review?kind=link`);
    const item = plain.locator('li.link-item').first();
    const linkId = (await item.getAttribute('id'))!.replace(/^link-/, '');
    await item.locator('input[name="reason"]').fill('not about this measure');
    await item.locator('input[name="token"]').fill(token);
    await item.locator('button[value="rejected"]').click();
    await plain.waitForURL(/\/review\?kind=link$/);
    expect(await plain.locator(`#link-${linkId}`).count()).toBe(0);
    await plain.close();
  });

  it('shows a plan measure in Russian', async () => {
    await page.goto(`${server.url}/plans?lang=ru`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Планы');
    await page.locator('table a').first().click();
    await page.locator('.board li.measure a').first().click();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.facts-list dt').first().textContent()).toBe('Статус');
    expect(['запланировано', 'выполняется', 'выполнено', 'просрочено', 'отменено'])
      .toContain(await page.locator('.facts-list .status').first().textContent());
    await shoot('measure-ru');
    await page.goto(`${server.url}/?lang=en`);
  });

  it('lists instruments with filters and opens one with its mentions', async () => {
    await page.goto(`${server.url}/instruments`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.selectOption('#type', 'action_plan');
    await page.click('form.filters button');
    await page.waitForURL(/type=action_plan/);
    await page.locator('tbody tr a').first().click();
    await page.waitForURL(/\/instruments\/instrument_/);
    expect(await page.locator('ol.mentions li blockquote').count()).toBeGreaterThan(0);
    await shoot('instrument');
    await page.goto(`${server.url}/people`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await shoot('people');
    await page.selectOption('#sort', 'name');
    await page.click('form.filters button');
    await page.waitForURL(/sort=name/);
    const names = (await page.locator('tbody tr td:first-child').allTextContents()).map((name) => name.trim().toLowerCase());
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('shows the merged timeline, filtered by type, each entry linked to the documents that report it', async () => {
    await page.goto(`${server.url}/timeline?lang=en`);
    expect(await page.locator('h2', { hasText: 'What happened' }).count()).toBe(1);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await page.selectOption('#type', 'signing');
    await page.click('form.filters button');
    await page.waitForURL(/type=signing/);
    const kinds = await page.locator('tbody tr td:nth-child(2) .muted').first().textContent();
    expect(kinds).toBe('signing');
    const source = page.locator('tbody tr td:nth-child(4) a').first();
    expect(await source.getAttribute('href')).toMatch(/^\/documents\/[^#]+#fact-/);
    await shoot('timeline');
    await page.goto(`${server.url}/timeline?lang=en`);
    const everything = await page.locator('tbody tr').count();
    await page.selectOption('#area', 'energy');
    await page.click('form.filters button');
    await page.waitForURL(/area=energy/);
    expect(await page.locator('#area').inputValue()).toBe('energy');
    const energy = await page.locator('tbody tr').count();
    expect(energy).toBeGreaterThan(0);
    expect(energy).toBeLessThan(everything);
    for (const tags of await page.locator('tbody tr ul.tags').allTextContents()) expect(tags).toContain('energy');
    expect(await page.locator('tbody tr ul.tags').count()).toBe(energy);
  });
});
