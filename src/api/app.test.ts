import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { createApi } from './app.js';

const TEXT = 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023. The road map was signed in Baku.';

describe.each(engines)('the HTTP API (%s)', (engine) => {
  const db = useTestStore(engine);
  let dataDir: string;
  let clock = 0;
  const api = () => createApi({ store: db().store, dataDir, now: () => clock });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'concord-api-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  async function storeSample(): Promise<string> {
    const measurement = {
      indicator: 'trade_turnover' as const, value: 4.4e9, unit: 'USD', qualifier: 'exact' as const,
      period: { start: '2023-01-01', end: '2023-12-31' }, ...cite(TEXT, 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023.'),
    };
    const saved = await db().store.saveDocument(sourceDocument(TEXT, { published: '2024-01-20', title: 'Trade' }),
      emptyExtraction({ measurements: [measurement] }));
    return saved.id;
  }

  it('lists documents and answers one with its text and facts', async () => {
    const id = await storeSample();
    const list = await api().request('/api/documents?limit=5');
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: 1, limit: 5, items: [{ id, title: 'Trade', factCount: 1 }] });
    const one = await (await api().request(`/api/documents/${id}`)).json();
    expect(one.text).toBe(TEXT);
    expect(one.facts[0]).toMatchObject({ kind: 'measurement', quote: TEXT.slice(...one.facts[0].span) });
  });

  it('filters facts and searches', async () => {
    await storeSample();
    const facts = await (await api().request('/api/facts?indicator=trade_turnover&period=2023')).json();
    expect(facts.total).toBe(1);
    const hits = await (await api().request('/api/search?q=road%20map')).json();
    expect(hits.items[0].snippet).toContain('⟦');
  });

  it('answers a bad filter with 400 naming the field', async () => {
    const response = await api().request('/api/facts?kind=rumour');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request', details: { field: 'kind' } });
    const unknown = await (await api().request('/api/documents?colour=red')).json();
    expect(unknown.details.field).toBe('colour');
  });

  it('answers an unknown document with 404 in the error shape', async () => {
    const response = await api().request('/api/documents/doc_0000000000000000');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not_found', message: 'document doc_0000000000000000 not found', details: { id: 'doc_0000000000000000' } });
  });

  it('refuses writes without a token (401) and from a viewer (403)', async () => {
    const body = JSON.stringify({ text: TEXT, reason: 'test upload' });
    const headers = { 'Content-Type': 'application/json' };
    expect((await api().request('/api/documents', { method: 'POST', body, headers })).status).toBe(401);
    const { token } = await db().store.access.createToken('reader', 'viewer');
    const refused = await api().request('/api/documents', { method: 'POST', body, headers: { ...headers, ...bearer(token) } });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toBe('forbidden');
  });

  it('ingests an upload from an editor and writes it to the audit log, which admins read', async () => {
    const { token } = await db().store.access.createToken('desk', 'editor');
    const upload = await api().request('/api/documents', {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ text: TEXT, file: 'trade.txt', published: '2024-01-20', reason: 'weekly review' }),
    });
    expect(upload.status).toBe(201);
    const result = await upload.json();
    expect(result).toMatchObject({ status: 'new', file: 'trade.txt' });
    const admin = await db().store.access.createToken('root', 'admin');
    expect((await api().request('/api/audit', { headers: bearer(token) })).status).toBe(403);
    const log = await (await api().request('/api/audit', { headers: bearer(admin.token) })).json();
    expect(log.items[0]).toMatchObject({ actor: 'desk', action: 'document.upload', target: result.id, reason: 'weekly review' });
  });

  it('keeps an uploaded file under the data folder whatever its name says', async () => {
    const { token } = await db().store.access.createToken('desk', 'editor');
    const form = new FormData();
    form.set('file', new File([TEXT], '../../../etc/evil.txt'));
    form.set('reason', 'path test');
    const response = await api().request('/api/documents', { method: 'POST', body: form, headers: bearer(token) });
    expect(response.status).toBe(201);
    expect((await response.json()).file).toBe('evil.txt');
    const [folder] = await readdir(join(dataDir, 'uploads'));
    expect(await readdir(join(dataDir, 'uploads', folder))).toEqual(['evil.txt']);
  });

  it('logs failed authentications and answers 429 after ten in a minute', async () => {
    const app = api();
    const headers = bearer('concord_00000000_guess');
    for (let i = 0; i < 10; i++) expect((await app.request('/api/stats', { headers })).status).toBe(401);
    expect((await app.request('/api/stats', { headers })).status).toBe(429);
    clock += 61_000;
    expect((await app.request('/api/stats', { headers })).status).toBe(401);
    const failures = await db().database.pool.query(`SELECT count(*)::integer AS n FROM audit_log WHERE action = 'auth.failed'`);
    expect(failures.rows[0].n).toBeGreaterThanOrEqual(11);
  });

  it('refuses a revoked token', async () => {
    const { token, record } = await db().store.access.createToken('old', 'admin');
    expect(await db().store.access.revokeToken(record.id)).toBe(true);
    expect((await api().request('/api/audit', { headers: bearer(token) })).status).toBe(401);
  });

  it('keeps the audit log append-only', async () => {
    await db().store.access.recordAudit({ tokenId: null, actor: 'x', action: 'test' });
    await expect(db().database.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('requires a token for reads when configured to', async () => {
    const closed = createApi({ store: db().store, dataDir, requireTokenForReads: true });
    expect((await closed.request('/api/stats')).status).toBe(401);
    const { token } = await db().store.access.createToken('reader', 'viewer');
    expect((await closed.request('/api/stats', { headers: bearer(token) })).status).toBe(200);
  });

  it('describes itself as OpenAPI 3.1', async () => {
    const doc = await (await api().request('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/facts'].get.parameters.map((p: { name: string }) => p.name)).toContain('indicator');
  });
});
