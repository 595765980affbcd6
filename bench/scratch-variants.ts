import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { documentFromText } from '../src/ingest/index.js';
import { migrate } from '../src/store/migrate.js';
import { saveDocument, documentId } from '../src/store/documents.js';
import { kindedFacts } from '../src/store/facts.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateCorpus, loadTexts } from './corpus.js';
const texts = loadTexts(join(import.meta.dirname, '../../shared'));
const n = Number(process.argv[2] ?? 500);
const mode = process.argv[3] ?? 'current';
const batch = Number(process.argv[4] ?? 1);
const cache = `/tmp/sc/prepared-${n}.json`;
let prepared: { document: any; extraction: any }[];
if (existsSync(cache)) prepared = JSON.parse(readFileSync(cache, 'utf8'));
else { const { extractDocument } = await import('../src/pipeline/extract-documents.js'); prepared = [...generateCorpus(texts, n, 3)].map((d) => { const document = documentFromText(d.text, { file: d.file, published: d.published }); return { document, extraction: extractDocument(document).extraction }; }); writeFileSync(cache, JSON.stringify(prepared)); }
const dataDir = mkdtempSync(join(tmpdir(), 'concord-sc-'));
const pglite = await PGlite.create({ dataDir: join(dataDir, 'pg'), extensions: { pg_trgm }, postgresqlconf: ['max_wal_size=64MB', 'min_wal_size=32MB'] });
const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1, idleTimeoutMillis: 0 });
await migrate(pool);
if (process.argv.includes('--notsv')) await pglite.exec('DROP INDEX documents_tsv_idx');
if (process.argv.includes('--nogin')) await pglite.exec('DROP INDEX documents_tsv_idx; DROP INDEX documents_title_trgm_idx; DROP INDEX facts_parties_idx;');
function rec(p: typeof prepared[0]) {
  const id = documentId(p.document.contentHash);
  const d = p.document;
  const ordinals = new Map<string, number>();
  const facts = kindedFacts(p.extraction).map((item) => { const o = ordinals.get(item.kind) ?? 0; ordinals.set(item.kind, o + 1); const { quote, span, ...data } = item.fact as any; return { id: `f_${id}_${item.kind}_${o}`, kind: item.kind, ordinal: o, data, quote: quote ?? null, span_start: span?.[0] ?? null, span_end: span?.[1] ?? null, indicator: null, period_start: null, period_end: null, parties: [] }; });
  return { id, content_hash: d.contentHash, file: d.file, source: d.source, title: d.title, url: d.url, outlet: d.outlet, published: d.published, lang: d.lang === 'und' ? p.extraction.lang : d.lang, format: d.format, text: d.text, mentions: p.extraction.mentions, facts };
}
const SQL = `WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, content_hash text, file text, source text, title text, url text, outlet text, published date, lang text, format text, text text, mentions jsonb, facts jsonb)
), doc AS (
  INSERT INTO documents (id, content_hash, file, source, title, url, outlet, published, lang, format, text)
  SELECT id, content_hash, file, source, title, url, outlet, published, lang, format, text FROM input
  ON CONFLICT (content_hash) DO NOTHING RETURNING id
), m AS (
  INSERT INTO mentions (document_id, items) SELECT i.id, i.mentions FROM input i JOIN doc USING (id)
), f AS (
  INSERT INTO facts (id, document_id, kind, ordinal, data, quote, span_start, span_end, indicator, period_start, period_end, parties)
  SELECT r.id, i.id, r.kind, r.ordinal, r.data, r.quote, r.span_start, r.span_end, r.indicator, r.period_start, r.period_end, r.parties
  FROM input i JOIN doc USING (id), jsonb_to_recordset(i.facts) AS r(id text, kind text, ordinal integer, data jsonb, quote text,
         span_start integer, span_end integer, indicator text, period_start date, period_end date, parties text[])
) SELECT id FROM doc`;
const t = performance.now(); const cpu0 = process.cpuUsage();
if (mode === 'current') for (const p of prepared) await saveDocument(pool, p.document, p.extraction);
else {
  for (let i = 0; i < prepared.length; i += batch) {
    const json = JSON.stringify(prepared.slice(i, i + batch).map(rec));
    if (mode === 'cte') await pool.query(SQL, [json]);
    else await pglite.query(SQL, [json]);
  }
}
const s = (performance.now() - t) / 1000;
const c = await pglite.query<{ n: number; f: number }>('select (select count(*)::int from documents) n, (select count(*)::int from facts) f');
const cu = process.cpuUsage(cpu0); console.log(mode, batch, process.argv.slice(5).join(' '), Math.round(n / s), 'docs/s wall', Math.round(n / ((cu.user + cu.system) / 1e6)), 'docs/cpu-s', c.rows[0]);
await pool.end(); await pglite.close(); rmSync(dataDir, { recursive: true, force: true });
