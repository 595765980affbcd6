import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { createApi } from './app.js';

describe.each(engines)('GET /api/whoami (%s)', (engine) => {
  const db = useTestStore(engine);
  let dataDir: string;
  let clock = 0;
  const api = (requireTokenForReads = false) => createApi({ store: db().store, dataDir, requireTokenForReads, now: () => clock });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'concord-whoami-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  it('names the caller and its role, for every role, whether or not reads need a token', async () => {
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      const { token, record } = await db().store.access.createToken(`${role}-desk`, role);
      for (const closed of [false, true]) {
        const response = await api(closed).request('/api/whoami', { headers: bearer(token) });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ id: record.id, name: `${role}-desk`, role });
      }
    }
  });

  it('answers 401 without a token, and 401 then 429 for wrong tokens, logging each failure', async () => {
    const app = api();
    const anonymous = await app.request('/api/whoami');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toBe('Bearer');
    for (let i = 0; i < 10; i++) expect((await app.request('/api/whoami', { headers: bearer('concord_00000000_wrong') })).status).toBe(401);
    const limited = await app.request('/api/whoami', { headers: bearer('concord_00000000_wrong') });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    const failures = await db().store.access.listAudit({ limit: 50 });
    expect(failures.items.filter((item) => item.action === 'auth.failed' && item.target === 'GET /api/whoami')).toHaveLength(10);
    clock += 61_000;
  });

  it('refuses a revoked token', async () => {
    const { token, record } = await db().store.access.createToken('gone', 'editor');
    await db().store.access.revokeToken(record.id);
    expect((await api().request('/api/whoami', { headers: bearer(token) })).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await (await api().request('/openapi.json')).json();
    expect(doc.paths['/api/whoami'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Caller' });
    expect(doc.components.schemas.Caller.required).toEqual(['id', 'name', 'role']);
  });
});
