import { describe, expect, it } from 'vitest';
import { engines, useTestStore } from '../../test/helpers/test-store.js';
import { cite, emptyExtraction, sourceDocument } from '../../test/helpers/sample-documents.js';

const text = (n: number) => `Trade turnover between Russia and Azerbaijan reached $${n}.9 billion in 2021.`;

function extractionOf(body: string) {
  return emptyExtraction({
    measurements: [{
      indicator: 'trade_turnover', value: 2_900_000_000, unit: 'USD', qualifier: 'exact',
      period: { start: '2021-01-01', end: '2021-12-31' }, ...cite(body, body),
    }],
  });
}

const item = (n: number, file = `doc-${n}.txt`) =>
  ({ doc: sourceDocument(text(n), { file }), extraction: extractionOf(text(n)) });

async function counts(pool: { query: (sql: string) => Promise<{ rows: unknown[] }> }) {
  const found = await pool.query(`SELECT (SELECT count(*) FROM documents)::integer AS documents,
    (SELECT count(*) FROM mentions)::integer AS mentions, (SELECT count(*) FROM facts)::integer AS facts`);
  return found.rows[0];
}

describe.each(engines)('saving documents in batches on %s', (engine) => {
  const db = useTestStore(engine);

  it('stores every document of a batch with its facts and mentions, reporting each in order', async () => {
    const results = await db().store.saveDocuments([item(1), item(2), item(3)]);
    expect(results.map((r) => 'status' in r && r.status)).toEqual(['new', 'new', 'new']);
    expect(await counts(db().database.pool)).toEqual({ documents: 3, mentions: 3, facts: 3 });
  });

  it('stores a text given twice in one batch once, the second as unchanged', async () => {
    const results = await db().store.saveDocuments([item(1), item(1, 'copy.txt')]);
    expect(results.map((r) => 'status' in r && r.status)).toEqual(['new', 'unchanged']);
    expect(await counts(db().database.pool)).toEqual({ documents: 1, mentions: 1, facts: 1 });
  });

  it('stores the good documents of a batch and nothing of a bad one', async () => {
    const bad = item(2);
    bad.extraction.measurements[0].span = [40, 0];
    const results = await db().store.saveDocuments([item(1), bad, item(3)]);
    expect(results.map((r) => ('error' in r ? r.error.code : r.status))).toEqual(['new', 'store/write_failed', 'new']);
    expect(await counts(db().database.pool)).toEqual({ documents: 2, mentions: 2, facts: 2 });
  });

  it('reports documents stored by an earlier batch as unchanged', async () => {
    await db().store.saveDocuments([item(1)]);
    const results = await db().store.saveDocuments([item(1), item(2)]);
    expect(results.map((r) => 'status' in r && r.status)).toEqual(['unchanged', 'new']);
  });
});
