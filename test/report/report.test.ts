// The brief on a relationship, end to end: documents ingested into a store, a plan imported and linked, the
// report built in each format and read back for its figures, citations, charts and escaping.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/app.js';
import { ingestPaths } from '../../src/pipeline/ingest-documents.js';
import { linkEvidence, parsePlan } from '../../src/plans/index.js';
import {
  DEFAULT_CHROMIUM, buildBrief, printPdf, readReportInput, renderHtml, renderMarkdown, type Brief, type ReportInput,
} from '../../src/report/brief/index.js';
import { engines, openTestStore, type TestStore } from '../helpers/test-store.js';

const ROOT = join(import.meta.dirname, '../..');
const DEV = join(ROOT, '../shared/corpus/dev');
/** Two reports of the 2021 turnover that disagree with the sample declaration, and one that agrees. */
const DEV_FILES = ['d101_einpresswire-overchuk-baku-20th-igc.txt', 'd113_today-az-asadov-melikov-dagestan.txt', 'd112_portnews-asadov-mishustin-cargo.txt'];
const GENERATION = { at: '2030-01-01T00:00:00.000Z', store: 'test' };
const hasTool = (path: string) => existsSync(path);

/** The report without its footer: the part that must not change between runs. */
const body = (text: string) => text.replace(/<footer class="generated"[\s\S]*?<\/footer>\n/, '').replace(/---\n\n<!-- generated -->[\s\S]*$/, '');

describe.each(engines)('the report on %s', (engine) => {
  let opened: TestStore;
  let folder: string;
  let input: ReportInput;
  let brief: Brief;

  beforeAll(async () => {
    opened = await openTestStore(engine);
    folder = await mkdtemp(join(tmpdir(), 'concord-report-'));
    const index = (await readFile(join(DEV, 'index.jsonl'), 'utf8')).split('\n')
      .filter((line) => DEV_FILES.some((file) => line.includes(`"${file}"`)));
    for (const file of DEV_FILES) await copyFile(join(DEV, file), join(folder, file));
    await writeFile(join(folder, 'index.jsonl'), index.join('\n') + '\n');
    await ingestPaths(opened.store, [join(ROOT, 'examples/documents'), folder]);
    const plan = parsePlan(await readFile(join(ROOT, 'examples/plans/ru-az-action-plan-2024.yaml'), 'utf8'), 'plan.yaml');
    await opened.store.plans.save(plan, 'plan.yaml');
    const { facts, documentTexts } = await opened.store.plans.linkableFacts();
    await opened.store.plans.replaceLinks(plan.id, linkEvidence(plan, facts, { documentTexts }));
    input = await readReportInput(opened.store);
    brief = buildBrief(input, { pair: 'RU-AZ', lang: 'en' });
  });
  afterAll(async () => {
    await opened?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('leads with trade turnover and gives every figure a citation', () => {
    expect(brief.indicators[0].indicator).toBe('trade_turnover');
    const turnover2021 = brief.indicators[0].figures.find((line) => line.period === '2021' && line.unit === 'USD');
    expect(turnover2021?.value).toBe(2.9e9);
    for (const section of brief.indicators) {
      for (const line of section.figures) expect(line.cites.length, `${section.indicator} ${line.period}`).toBeGreaterThan(0);
    }
  });

  it('numbers citations 1..n, each with an outlet, a date (where the source has one) and a quote', () => {
    expect(brief.citations.map((c) => c.n)).toEqual(brief.citations.map((_, i) => i + 1));
    for (const citation of brief.citations) {
      expect(citation.outlet ?? citation.file).toBeTruthy();
      expect(citation.published ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(citation.quote).toBeTruthy();
    }
    expect(brief.citations.filter((c) => c.published).length).toBeGreaterThan(brief.citations.length / 2);
  });

  it('shows the open conflict on the 2021 turnover with both values and their sources', () => {
    const conflict = brief.conflicts.find((c) => c.indicator === 'trade_turnover' && c.period === '2021');
    expect(conflict?.values.map((v) => v.value).sort()).toEqual([2.9e9, 3.4e9]);
    for (const value of conflict!.values) expect(value.sources.every((s) => s.quote && s.n > 0)).toBe(true);
  });

  it('tracks the stored plan with its overdue measures, each citing its evidence where there is some', () => {
    const plan = brief.plans[0];
    expect(plan.id).toBe('ru-az-action-plan-2024');
    expect(plan.overdue.length).toBeGreaterThan(0);
    expect(brief.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps planned events apart from those that happened, each dated and cited', () => {
    const all = [...brief.timeline.happened, ...brief.timeline.planned];
    expect(brief.timeline.happened.length).toBeGreaterThan(0);
    for (const entry of all) {
      expect(entry.date).toMatch(/^\d{4}/);
      expect(entry.cites.length).toBeGreaterThan(0);
    }
    expect(brief.instruments.length).toBeGreaterThan(0);
  });

  it('keeps to the period asked for', () => {
    const narrow = buildBrief(input, { pair: 'RU-AZ', lang: 'en', from: '2021-01-01', to: '2021-12-31' });
    for (const entry of narrow.timeline.happened) expect(entry.date.slice(0, 4)).toBe('2021');
    expect(narrow.citations.length).toBeLessThan(brief.citations.length);
  });

  it('writes HTML with an SVG chart, the headline figures, and [n] marks that resolve to entries', () => {
    const html = renderHtml(brief, GENERATION);
    expect(html).toContain('<svg');
    expect(html).toContain('2.9 bn USD');
    expect(html).toContain('3.4 bn USD');
    const marks = new Set([...html.matchAll(/href="#cite-(\d+)"/g)].map((m) => Number(m[1])));
    expect(marks.size).toBe(brief.citations.length);
    for (const n of marks) expect(html).toContain(`<li id="cite-${n}" value="${n}">`);
  });

  it('writes Markdown with tables, chart files beside it, and every citation', () => {
    const { text, charts } = renderMarkdown(brief, { chartName: (indicator) => `brief.${indicator}.svg`, generation: GENERATION });
    expect(text).toContain('| Trade turnover |');
    expect(text).toContain('(brief.trade_turnover.svg)');
    expect(charts.find((c) => c.name === 'brief.trade_turnover.svg')?.svg).toMatch(/^<svg/);
    for (const c of brief.citations) expect(text).toContain(`${c.n}. <a id="cite-${c.n}"></a>`);
  });

  it('is the same for the same store and arguments, apart from the footer', async () => {
    const again = buildBrief(await readReportInput(opened.store), { pair: 'RU-AZ', lang: 'en' });
    expect(body(renderHtml(again, { ...GENERATION, at: 'later' }))).toBe(body(renderHtml(brief, GENERATION)));
    expect(body(renderMarkdown(again, { generation: { ...GENERATION, at: 'later' } }).text)).toBe(body(renderMarkdown(brief, { generation: GENERATION }).text));
  });

  it('speaks Russian in its own words when asked', () => {
    const ru = renderHtml(buildBrief(input, { pair: 'RU-AZ', lang: 'ru' }));
    expect(ru).toContain('Основные показатели');
    expect(ru).toContain('Россия – Азербайджан');
    expect(ru).toContain('2,9 млрд USD');
  });

  it.skipIf(!hasTool(DEFAULT_CHROMIUM) || !hasTool('/usr/bin/pdftotext'))('prints a PDF whose text holds the key figures and citations', async () => {
    const pdf = await printPdf(renderHtml(brief, GENERATION));
    const file = join(folder, 'brief.pdf');
    await writeFile(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('2.9 bn USD');
    expect(text).toContain('Citations');
    expect(text).toMatch(/\[1\]/);
    const last = brief.citations.at(-1)!;
    expect(text.replace(/\s+/g, ' ')).toContain(last.quote!.replace(/\s+/g, ' ').slice(0, 40));
  });

  it('is downloadable from the API as an attachment, and refuses a malformed pair', async () => {
    const api = createApi({ store: opened.store, dataDir: folder });
    const response = await api.request('/api/report?pair=RU-AZ&format=md&lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(response.headers.get('content-disposition')).toContain('attachment; filename="concord-report-RU-AZ.md"');
    expect(await response.text()).toContain('## Citations');
    expect((await api.request('/api/report?pair=RUS&format=html')).status).toBe(400);
  });
});

describe('escaping text from documents', () => {
  const hostile = '<script>alert(1)</script> *bold* [link](x) | pipe';
  const brief: Brief = {
    lang: 'en', pair: ['RU', 'AZ'], from: null, to: null, asOf: null, indicators: [], conflicts: [], plans: [],
    timeline: { happened: [{ date: '2024-01-01', kind: 'event', type: 'meeting', title: hostile, place: null, cites: [1] }], planned: [] },
    instruments: [], documents: 1,
    citations: [{ n: 1, factId: 'f', outlet: hostile, published: '2024-01-02', url: 'https://example.org/a"b', file: 'f.txt', title: null, quote: hostile }],
  };

  it('escapes HTML so that no document text becomes markup', () => {
    const html = renderHtml(brief);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('a"b');
  });

  it('escapes Markdown so that no document text becomes a link, emphasis or a table cell', () => {
    const { text } = renderMarkdown(brief);
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\*bold\\*');
    expect(text).toContain('\\[link\\]');
    expect(text).toContain('\\| pipe');
  });
});
