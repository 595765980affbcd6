import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../../test/helpers/test-store.js';
import { ingestPaths } from '../../pipeline/ingest-documents.js';
import { linkEvidence, parsePlan } from '../../plans/index.js';
import { csvLine } from './csv.js';
import { EXPORT_KINDS, exportChunks, exportJsonSchema, type ExportFormat, type ExportKind } from './index.js';

const ROOT = join(import.meta.dirname, '../../..');

async function text(chunks: AsyncGenerator<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('csvLine', () => {
  it.each([
    [['a', 1, null, true], 'a,1,,true\r\n'],
    [['say "hi", then go'], '"say ""hi"", then go"\r\n'],
    [['two\nlines'], '"two\nlines"\r\n'],
    [['=HYPERLINK("x")'], `"'=HYPERLINK(""x"")"\r\n`],
    [[-5], '-5\r\n'],
  ] as const)('writes %j as %j', (values, line) => {
    expect(csvLine(values)).toBe(line);
  });
});

describe('the export schema file', () => {
  it('is the schema the exporter is built from', () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'schemas/export.schema.json'), 'utf8'));
    expect(file).toEqual(exportJsonSchema());
  });
});

describe.each(engines)('exports on %s', (engine) => {
  let opened: TestStore;
  const db = () => opened;
  beforeAll(async () => {
    opened = await openTestStore(engine);
    await ingestPaths(opened.store, [join(ROOT, 'examples/documents')]);
    const plan = parsePlan(readFileSync(join(ROOT, 'examples/plans/ru-az-action-plan-2024.yaml'), 'utf8'), 'plan.yaml');
    await opened.store.plans.save(plan, 'plan.yaml');
    const { facts, documentTexts } = await opened.store.plans.linkableFacts();
    await opened.store.plans.replaceLinks(plan.id, linkEvidence(plan, facts, { documentTexts }));
  });
  afterAll(() => opened?.drop());

  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(exportJsonSchema());

  it.each(EXPORT_KINDS)('writes %s as JSON that its schema accepts', async (kind) => {
    const json = JSON.parse(await text(exportChunks(db().store, kind, 'json')));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.items.length).toBeGreaterThan(0);
  });

  it('writes JSON Lines whose records the schema of their kind accepts', async () => {
    const lines = (await text(exportChunks(db().store, 'measurements', 'jsonl'))).trim().split('\n');
    const wrapper = { kind: 'measurements', columns: [], items: lines.map((l) => JSON.parse(l)) };
    expect(validate(wrapper), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['series', 'plans', 'timeline'] as ExportKind[])('writes %s as JSON Lines whose records the schema accepts', async (kind) => {
    const lines = (await text(exportChunks(db().store, kind, 'jsonl'))).trim().split('\n');
    const wrapper = { kind, columns: [], items: lines.map((l) => JSON.parse(l)) };
    expect(validate(wrapper), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes the series with one row per figure and source, flagging the figures sources disagree on', async () => {
    const series = JSON.parse(await text(exportChunks(db().store, 'series', 'json'))).items as Array<Record<string, unknown>>;
    const turnover = series.filter((r) => r.indicator === 'trade_turnover' && r.unit === 'USD');
    expect(turnover.length).toBeGreaterThan(0);
    for (const row of series) {
      expect(row.quote).toBeTruthy();
      expect(row.corroboration).toBeGreaterThanOrEqual(1);
    }
  });

  it('writes plans with one row per measure, its status judged as of the day given', async () => {
    const rows = JSON.parse(await text(exportChunks(db().store, 'plans', 'json', { asOf: '2019-01-01' }))).items as Array<Record<string, unknown>>;
    expect(rows.length).toBe(9);
    expect(new Set(rows.map((r) => r.as_of))).toEqual(new Set(['2019-01-01']));
    expect(rows.some((r) => r.status === 'overdue')).toBe(false);
    const later = JSON.parse(await text(exportChunks(db().store, 'plans', 'json', { asOf: '2026-01-01' }))).items as Array<Record<string, unknown>>;
    expect(later.some((r) => r.status === 'overdue')).toBe(true);
  });

  it.each(['series', 'plans', 'timeline'] as ExportKind[])('gives byte-identical %s CSV for the same store', async (kind) => {
    expect(await text(exportChunks(db().store, kind, 'csv'))).toBe(await text(exportChunks(db().store, kind, 'csv')));
  });

  it('writes CSV with a header and one row per fact, each with its source quote', async () => {
    const csv = await text(exportChunks(db().store, 'measurements', 'csv'));
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header.split(',')).toContain('quote');
    const json = JSON.parse(await text(exportChunks(db().store, 'measurements', 'json')));
    expect(rows).toHaveLength(json.items.length);
  });

  it.each(['csv', 'json', 'jsonl', 'popolo'] as ExportFormat[])('gives byte-identical %s for the same store', async (format) => {
    const kind: ExportKind = 'facts';
    expect(await text(exportChunks(db().store, kind, format))).toBe(await text(exportChunks(db().store, kind, format)));
  });

  it('writes people as Popolo persons with memberships that cite their sources', async () => {
    const popolo = JSON.parse(await text(exportChunks(db().store, 'people', 'popolo')));
    expect(popolo.persons.map((p: { name: string }) => p.name)).toContain('Vladimir Putin');
    const ids = new Set(popolo.persons.map((p: { id: string }) => p.id));
    for (const m of popolo.memberships) {
      expect(ids.has(m.person_id)).toBe(true);
      expect(m.sources.length).toBeGreaterThan(0);
    }
  });
});
