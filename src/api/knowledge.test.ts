import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';
import { parsePlan } from '../plans/index.js';
import { createApi } from './app.js';

const A = 'Trade turnover between Azerbaijan and Russia reached $4.4 billion in 2023.';
const B = 'Trade turnover between Russia and Azerbaijan amounted to $3.1 billion in 2023, customs said.';
const PLAN = new URL('../../examples/plans/ru-az-action-plan-2024.yaml', import.meta.url);

describe.each(engines)('the knowledge and plan routes (%s)', (engine) => {
  const db = useTestStore(engine);
  let dataDir: string;
  const api = () => createApi({ store: db().store, dataDir });
  const editor = async () => ({ Authorization: `Bearer ${(await db().store.access.createToken('desk', 'editor')).token}`, 'Content-Type': 'application/json' });

  beforeAll(async () => { dataDir = await mkdtemp(join(tmpdir(), 'concord-api-')); });
  afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

  async function storeRivals(): Promise<void> {
    for (const [text, value, published] of [[A, 4.4e9, '2024-03-05'], [B, 3.1e9, '2024-02-12']] as const) {
      await db().store.saveDocument(sourceDocument(text, { published, file: `${published}.txt` }), emptyExtraction({
        measurements: [{ indicator: 'trade_turnover', value, unit: 'USD', qualifier: 'exact', from: undefined,
          period: { start: '2023-01-01', end: '2023-12-31' }, ...cite(text, text) }],
      }), undefined);
    }
  }

  it('answers conflicts between sources, paginated', async () => {
    await storeRivals();
    const page = await (await api().request('/api/conflicts?limit=5')).json();
    expect(page).toMatchObject({ total: 1, limit: 5, offset: 0 });
    expect(page.items[0].values.map((v: { value: number }) => v.value).sort()).toEqual([3.1e9, 4.4e9]);
  });

  it('answers an indicator series with sources and refuses an unknown indicator', async () => {
    await storeRivals();
    const series = await (await api().request('/api/indicators/trade_turnover')).json();
    expect(series).toMatchObject({ indicator: 'trade_turnover', units: ['USD'], total: 1 });
    expect(series.items[0].sources[0].quote).toMatch(/Trade turnover/);
    expect((await api().request('/api/indicators/rumours')).status).toBe(400);
    expect((await api().request('/api/indicators/trade_turnover?pair=Russia')).status).toBe(400);
  });

  it('answers a plan board with statuses and a measure, 404 for an unknown plan', async () => {
    const plan = parsePlan(await readFile(PLAN, 'utf8'), 'plan.yaml');
    await db().store.plans.save(plan, 'plan.yaml');
    const list = await (await api().request('/api/plans')).json();
    expect(list.items[0].id).toBe(plan.id);
    const board = await (await api().request(`/api/plans/${plan.id}?asOf=2025-06-01`)).json();
    const measure = board.roadmaps[0].measures[0];
    expect(measure).toMatchObject({ status: expect.stringMatching(/planned|in_progress|done|overdue|dropped/), evidence: { links: 0 } });
    const one = await (await api().request(`/api/plans/${plan.id}/measures/${measure.measureId}?asOf=2025-06-01`)).json();
    expect(one.state.measureId).toBe(measure.measureId);
    expect((await api().request('/api/plans/no-such-plan')).status).toBe(404);
  });

  it('records a verdict on a fact from an editor, in the audit log, and refuses one without a token', async () => {
    await storeRivals();
    const facts = await (await api().request('/api/facts?kind=measurement')).json();
    const body = JSON.stringify({ target: 'fact', id: facts.items[0].id, verdict: 'rejected', reason: 'misread figure' });
    expect((await api().request('/api/review', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } })).status).toBe(401);
    const response = await api().request('/api/review', { method: 'POST', body, headers: await editor() });
    expect(response.status).toBe(201);
    const log = await db().store.access.listAudit({ limit: 1 });
    expect(log.items[0]).toMatchObject({ actor: 'desk', action: 'review.fact', reason: 'misread figure', details: { verdict: 'rejected' } });
  });

  it('wants the fields of a correction', async () => {
    const response = await api().request('/api/review', { method: 'POST', headers: await editor(),
      body: JSON.stringify({ target: 'fact', id: 'f_x', verdict: 'corrected', reason: 'wrong value' }) });
    expect(response.status).toBe(400);
    expect((await response.json()).details.field).toBe('fields');
  });

  it('describes the new routes in OpenAPI', async () => {
    const doc = await (await api().request('/openapi.json')).json();
    for (const path of ['/api/conflicts', '/api/indicators/{name}', '/api/people', '/api/instruments/{id}', '/api/plans/{id}', '/api/review', '/api/timeline']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
