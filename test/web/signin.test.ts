// Signing in to the web app in a real browser, on a server where reading needs a token: pages send to the
// sign-in, a wrong token is refused plainly, a viewer reads, an editor confirms a fact without typing a token
// (with scripts and without), and after signing out the pages send to the sign-in again.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../src/api/listen.js';
import { ingestPaths } from '../../src/pipeline/ingest-documents.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createSite } from '../../web/site.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

describe('signing in to the web app in a browser', () => {
  let dataDir: string;
  let store: Store;
  let server: Listening;
  let browser: Browser;
  let viewer: string;
  let editor: string;
  let documentId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concord-signin-'));
    store = await openStore({ dataDir: join(dataDir, 'store') });
    await ingestPaths(store, [join(ROOT, 'examples/documents')]);
    viewer = (await store.access.createToken('reader', 'viewer')).token;
    editor = (await store.access.createToken('desk', 'editor')).token;
    const listed = await store.listDocuments({ limit: 50, offset: 0 });
    documentId = listed.items.find((doc) => doc.factCount > 0)!.id;
    server = await listen(createSite({ store, dataDir, requireTokenForReads: true }).fetch, 0, '127.0.0.1');
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function person(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    return { context, page: await context.newPage() };
  }

  async function signIn(page: Page, token: string): Promise<void> {
    await page.fill('#token', token);
    await page.click('.signin-form button[type="submit"]');
  }

  it('sends a visitor to the sign-in, refuses a wrong token plainly, and lets a viewer read', async () => {
    const { context, page } = await person();
    await page.goto(`${server.url}/?lang=en`);
    await page.waitForURL(`${server.url}/signin?next=${encodeURIComponent('/?lang=en')}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sign in');
    expect(await page.locator('#token').getAttribute('type')).toBe('password');

    await signIn(page, 'concord_00000000_this-is-not-a-token');
    const error = page.locator('#signin-error');
    await expect(error.textContent()).resolves.toContain('This token is not valid');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#token').getAttribute('aria-invalid')).toBe('true');
    expect(await context.cookies()).not.toContainEqual(expect.objectContaining({ name: 'concord_session' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'signin.png'), fullPage: true });

    // From the keyboard: the token field, then Enter.
    await page.focus('#token');
    await page.keyboard.type(viewer);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Cooperation dashboard');
    expect(await page.locator('.figures li').count()).toBeGreaterThan(0);
    await expect(page.locator('header .who-name').textContent()).resolves.toBe('reader');
    await expect(page.locator('header .who-role').textContent()).resolves.toBe('viewer');
    const cookie = (await context.cookies()).find((c) => c.name === 'concord_session')!;
    expect(cookie).toMatchObject({ value: viewer, httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('concord_session');
    await context.close();
  });

  it('shows who is signed in on a phone screen without overflowing', async () => {
    const { context, page } = await person({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/signin?next=%2Fdocuments&lang=ru`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Вход');
    await signIn(page, viewer);
    await page.waitForURL(`${server.url}/documents`);
    await expect(page.locator('header .who-role').textContent()).resolves.toBe('читатель');
    expect(await page.locator('header button.signout').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'signed-in-phone.png'), fullPage: false });
    await page.goto(`${server.url}/?lang=en`);
    await context.close();
  });

  it('lets a signed-in editor confirm a fact without typing a token, then signs out', async () => {
    const { context, page } = await person();
    await page.goto(`${server.url}/documents/${documentId}`);
    await page.waitForURL(/\/signin\?next=%2Fdocuments%2Fdoc_/);
    await signIn(page, editor);
    await page.waitForURL(`${server.url}/documents/${documentId}`);
    await expect(page.locator('header .who-name').textContent()).resolves.toBe('desk');

    expect(await page.locator('input[name="token"], #editor-token').count()).toBe(0);
    await expect(page.locator('.signed-note').textContent()).resolves.toContain('desk');
    const fact = page.locator('.fact-list > li').first();
    const factId = (await fact.getAttribute('id'))!.replace(/^fact-/, '');
    await fact.locator('details.review summary').click();
    await fact.locator('input[name="reason"]').fill('the quote says exactly this');
    await fact.locator('button[value="confirmed"]').click();
    await expect.poll(() => fact.locator('.review-status').textContent()).toBe('Saved: confirmed.');
    const audit = await store.access.listAudit({ limit: 5 });
    expect(audit.items[0]).toMatchObject({ actor: 'desk', action: 'review.fact', target: factId, reason: 'the quote says exactly this' });

    // Sign out from the keyboard: the button in the header.
    await page.focus('header button.signout');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/signin\?next=%2Fdocuments%2Fdoc_/);
    expect(await context.cookies()).not.toContainEqual(expect.objectContaining({ name: 'concord_session' }));
    for (const path of ['/', '/documents', '/review']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForURL(`${server.url}/signin?next=${encodeURIComponent(path)}`);
      expect(await page.locator('#signin-link').count()).toBe(0);
      expect(await page.locator('.signin-form').count()).toBe(1);
    }
    await context.close();
  });

  it('records a signed-in editor\'s verdict from a form without scripts', async () => {
    const { context, page } = await person({ javaScriptEnabled: false });
    await page.goto(`${server.url}/signin?next=${encodeURIComponent(`/documents/${documentId}`)}`);
    await signIn(page, editor);
    await page.waitForURL(`${server.url}/documents/${documentId}`);
    const fact = page.locator('.fact-list > li').nth(1);
    const factId = (await fact.getAttribute('id'))!.replace(/^fact-/, '');
    expect(await fact.locator('input[name="token"]').count()).toBe(0);
    await fact.locator('details.review summary').click();
    await fact.locator('input[name="reason"]').fill('wrong figure for this period');
    await fact.locator('button[value="rejected"]').click();
    await page.waitForURL(`${server.url}/documents/${documentId}`);
    const audit = await store.access.listAudit({ limit: 5 });
    expect(audit.items[0]).toMatchObject({ actor: 'desk', action: 'review.fact', target: factId, details: { verdict: 'rejected' } });
    await context.close();
  });
});
