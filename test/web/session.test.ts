// Signing in to the web app, in-process (no browser): the cookie, where sign-in goes back to, and writes made
// with the cookie from another site.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { cite, emptyExtraction, sourceDocument } from '../helpers/sample-documents.js';
import { createSite } from '../../web/site.js';
import { safePath } from '../../web/session.js';

const TEXT = 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023. The road map was signed in Baku.';
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };
const SAME_SITE = { ...FORM, Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' };

describe('signing in to the web app', () => {
  let dataDir: string;
  let store: Store;
  let site: ReturnType<typeof createSite>;
  let factId: string;
  let viewer: string;
  let editor: string;
  // Each test starts with no failed authentications counted against the (in-process) address.
  let clock = 0;
  beforeEach(() => { clock += 61_000; });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'concord-session-'));
    store = await openStore({ dataDir: join(dataDir, 'store') });
    const measurement = {
      indicator: 'trade_turnover' as const, value: 4.4e9, unit: 'USD', qualifier: 'exact' as const,
      period: { start: '2023-01-01', end: '2023-12-31' }, ...cite(TEXT, 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023.'),
    };
    const saved = await store.saveDocument(sourceDocument(TEXT, { published: '2024-01-20', title: 'Trade' }),
      emptyExtraction({ measurements: [measurement] }));
    site = createSite({ store, dataDir, requireTokenForReads: true, now: () => clock });
    viewer = (await store.access.createToken('reader', 'viewer')).token;
    editor = (await store.access.createToken('desk', 'editor')).token;
    const doc = await (await site.request(`/api/documents/${saved.id}`, { headers: { Authorization: `Bearer ${viewer}` } })).json();
    factId = doc.facts[0].id;
  });

  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const signIn = (token: string, next = '/', headers: Record<string, string> = SAME_SITE, at = '/signin') =>
    site.request(at, { method: 'POST', headers, body: new URLSearchParams({ token, next }).toString() });
  const cookieOf = (response: Response) => /concord_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  const verdict = (cookie: string, headers: Record<string, string>, reason = 'the quote says so') =>
    site.request('/review', {
      method: 'POST', headers: { ...headers, Cookie: cookie },
      body: new URLSearchParams({ target: 'fact', id: factId, verdict: 'confirmed', reason, back: '/review' }).toString(),
    });
  const reviews = async () => (await store.access.listAudit({ limit: 200 })).items.filter((item) => item.action === 'review.fact');

  it('sends a page read without a token to the sign-in page, which comes back afterwards', async () => {
    for (const [path, next] of [['/', '/'], ['/documents?q=road', '/documents?q=road']]) {
      const response = await site.request(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/signin?next=${encodeURIComponent(next)}`);
    }
    const form = await (await site.request('/signin?next=%2Fdocuments%3Fq%3Droad')).text();
    expect(form).toContain('name="next" value="/documents?q=road"');
    expect(form).toContain('type="password"');
    // A client sending its own (wrong) Authorization header gets the error, not a redirect.
    expect((await site.request('/', { headers: { Authorization: 'Bearer concord_00000000_x' } })).status).toBe(401);
  });

  it('refuses a wrong token with a clear message, logged like any failed authentication', async () => {
    const response = await signIn('concord_00000000_not-a-real-token');
    expect(response.status).toBe(401);
    expect(cookieOf(response)).toBeUndefined();
    expect(await response.text()).toContain('This token is not valid');
    const ru = await site.request('/signin?lang=ru', { method: 'POST', headers: SAME_SITE, body: 'token=wrong&next=%2F' });
    expect(await ru.text()).toContain('Токен недействителен');
    const failures = (await store.access.listAudit({ limit: 200 })).items.filter((item) => item.action === 'auth.failed' && item.target === 'GET /api/whoami');
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it('signs in with a good token: an HttpOnly, SameSite=Strict cookie, Secure over https, and the page says who', async () => {
    const response = await signIn(viewer, '/documents?q=road');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/documents?q=road');
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const page = await site.request('/', { headers: { Cookie: cookieOf(response)! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const html = await page.text();
    expect(html).toContain('<strong class="who-name">reader</strong>');
    expect(html).toContain('action="/signout"');
    const https = await signIn(viewer, '/', { ...FORM, Origin: 'https://concord.example' }, 'https://concord.example/signin');
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = await signIn(viewer, '/', { ...SAME_SITE, 'X-Forwarded-Proto': 'https' });
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('never sends anyone to another site after signing in', async () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', '\\\\evil.example',
      'javascript:alert(1)', ' /documents', '']) {
      const response = await signIn(viewer, next);
      expect(response.status, next).toBe(303);
      expect(response.headers.get('location'), next).toBe('/');
    }
    const page = await (await site.request(`/signin?next=${encodeURIComponent('https://evil.example')}`)).text();
    expect(page).toContain('name="next" value="/"');
    expect(safePath('/plans/p1?asOf=2024-01-01#x')).toBe('/plans/p1?asOf=2024-01-01#x');
  });

  it('refuses a forged cross-site write carrying the cookie, and takes the same one from this site', async () => {
    const cookie = cookieOf(await signIn(editor))!;
    const before = (await reviews()).length;
    for (const forged of [
      { ...FORM, Origin: 'https://evil.example' },
      { ...FORM, 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      { ...FORM, 'Sec-Fetch-Site': 'same-site' },
      { ...FORM, Origin: 'null' },
      { ...FORM, Referer: 'https://evil.example/page' },
      FORM, // says nothing of where it came from
    ]) {
      const response = await verdict(cookie, forged, 'forged verdict');
      expect(response.status, JSON.stringify(forged)).toBe(403);
      expect(await response.text()).toContain('sent from another site');
    }
    expect(await reviews()).toHaveLength(before);
    const ok = await verdict(cookie, SAME_SITE);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/review');
    const byReferer = await verdict(cookie, { ...FORM, Referer: `http://localhost/documents/x` });
    expect(byReferer.status).toBe(303);
    const recorded = await reviews();
    expect(recorded).toHaveLength(before + 2);
    expect(recorded[0]).toMatchObject({ actor: 'desk', target: factId, reason: 'the quote says so' });
  });

  it('answers the verdict script in JSON, and refuses a viewer', async () => {
    const editorCookie = cookieOf(await signIn(editor))!;
    const saved = await verdict(editorCookie, { ...SAME_SITE, Accept: 'application/json' });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ verdict: 'confirmed' });
    const viewerCookie = cookieOf(await signIn(viewer))!;
    const refused = await verdict(viewerCookie, { ...SAME_SITE, Accept: 'application/json' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe('forbidden');
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await signIn(editor, '/', { ...FORM, Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(cookieOf(response)).toBeUndefined();
  });

  it('signs out, and pages send to the sign-in again', async () => {
    const cookie = cookieOf(await signIn(viewer))!;
    const out = await site.request('/signout', { method: 'POST', headers: { ...SAME_SITE, Cookie: cookie }, body: 'next=%2Fdocuments' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/documents');
    expect(out.headers.get('set-cookie')).toMatch(/concord_session=; Max-Age=0/);
    expect((await site.request('/documents')).headers.get('location')).toBe('/signin?next=%2Fdocuments');
  });

  it('drops the cookie of a token revoked since signing in', async () => {
    const { token, record } = await store.access.createToken('leaver', 'viewer');
    const cookie = cookieOf(await signIn(token))!;
    await store.access.revokeToken(record.id);
    const response = await site.request('/', { headers: { Cookie: cookie } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/signin?next=%2F');
    expect(response.headers.get('set-cookie')).toMatch(/concord_session=; Max-Age=0/);
  });

  it('limits failed sign-ins like failed API authentication (429 after ten a minute)', async () => {
    const limited = createSite({ store, dataDir, requireTokenForReads: true, now: () => clock });
    const attempt = () => limited.request('/signin', { method: 'POST', headers: SAME_SITE, body: 'token=concord_00000000_guess&next=%2F' });
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/Too many failed sign-ins from this address\. Try again in \d+ s\./);
    clock += 61_000;
    expect((await attempt()).status).toBe(401);
  });
});
