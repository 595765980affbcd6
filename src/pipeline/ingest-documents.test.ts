// The ingest pipeline extracts on worker threads when there are many documents, and stores the same thing in
// the same order as when it extracts everything in its own thread.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../test/helpers/test-store.js';
import { ingestPaths, type IngestEvent } from './ingest-documents.js';
import { poolSize } from './extract-pool.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');

async function ingestWith(workers: number) {
  const opened = await openTestStore('pglite');
  try {
    const events: IngestEvent[] = [];
    const summary = await ingestPaths(opened.store, [join(CORPUS, 'seeds'), join(CORPUS, 'dev')],
      { extractWorkers: workers, workersAfter: 5, onEvent: (event) => events.push(event) });
    const facts = await opened.store.listFacts({ limit: 10_000 });
    const stories = await opened.store.listStories();
    return {
      summary: { ...summary, seconds: 0 },
      order: events.map((event) => event.source),
      facts: facts.items.map(({ id, kind, fact }) => ({ id, kind, fact })).sort((a, b) => a.id.localeCompare(b.id)),
      stories: stories.map((story) => story.documents.map((doc) => doc.id)),
    };
  } finally {
    await opened.drop();
  }
}

describe('ingest on worker threads', () => {
  it('stores exactly what extraction in one thread stores, in the order the documents were read', async () => {
    const inline = await ingestWith(0);
    const pooled = await ingestWith(2);
    expect(inline.summary.new).toBeGreaterThan(40);
    expect(inline.facts.length).toBeGreaterThan(100);
    expect(pooled.summary).toEqual(inline.summary);
    expect(pooled.order).toEqual(inline.order);
    expect(pooled.facts).toEqual(inline.facts);
    expect(pooled.stories).toEqual(inline.stories);
  }, 120_000);

  it('uses one worker per spare core unless told how many', () => {
    expect(poolSize({ CONCORD_EXTRACT_WORKERS: '0' })).toBe(0);
    expect(poolSize({ CONCORD_EXTRACT_WORKERS: '3' })).toBe(3);
    expect(poolSize({})).toBeGreaterThanOrEqual(1);
    expect(poolSize({ CONCORD_EXTRACT_WORKERS: 'many' })).toBeGreaterThanOrEqual(1);
  });
});
