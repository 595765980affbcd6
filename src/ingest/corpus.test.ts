// The real articles of the shared corpus: metadata as their index and gold files say, and furniture removal
// that never touches a quoted fact.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/index.js';
import { readDocuments } from './index.js';

const CORPUS = '/work/shared/corpus';

interface GoldRecord {
  file: string;
  published: string | null;
  lang: string;
  [kind: string]: unknown;
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

async function documentsOf(folder: string): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for await (const outcome of readDocuments([folder])) {
    if (outcome.kind !== 'document') throw new Error(`${outcome.source}: ${outcome.kind}`);
    documents.push(outcome.document);
  }
  return documents;
}

describe.runIf(existsSync(CORPUS))('the shared corpus', () => {
  it('yields the 42 dev documents with the publication days and languages of index.jsonl', async () => {
    const index = readJsonLines<{ file: string; published: string | null; lang: string }>(`${CORPUS}/dev/index.jsonl`);
    const documents = await documentsOf(`${CORPUS}/dev`);
    expect(documents).toHaveLength(42);
    expect(documents.map(({ file, published, lang }) => ({ file, published, lang })))
      .toEqual(index.map(({ file, published, lang }) => ({ file, published, lang })).sort((a, b) => (a.file < b.file ? -1 : 1)));
  });

  it('reads the publication days and languages of the seed texts, which have no index, from the text', async () => {
    const gold = readJsonLines<GoldRecord>(`${CORPUS}/gold/seeds.jsonl`);
    const documents = await documentsOf(`${CORPUS}/seeds`);
    expect(documents.map(({ file, published, lang }) => ({ file, published, lang })))
      .toEqual(gold.map(({ file, published, lang }) => ({ file, published, lang })));
  });

  it.each(['seeds', 'dev'])('keeps every gold quote of %s at its span in the cleaned text', async (folder) => {
    const texts = new Map((await documentsOf(`${CORPUS}/${folder}`)).map((d) => [d.file, d.text]));
    const lost: string[] = [];
    for (const record of readJsonLines<GoldRecord>(`${CORPUS}/gold/${folder}.jsonl`)) {
      const facts = Object.values(record).filter(Array.isArray).flat() as Array<{ quote?: string; span?: [number, number] }>;
      for (const { quote, span } of facts) {
        if (quote && span && texts.get(record.file)?.slice(span[0], span[1]) !== quote) lost.push(`${record.file}: ${quote}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('cuts the exchange-rate table and news feed off a seed text', async () => {
    const documents = await documentsOf(`${CORPUS}/seeds`);
    const kaspi = documents.find((d) => d.file.startsWith('004_'))!;
    expect(kaspi.text).not.toMatch(/Exchange Rates|News feed|Avro/);
    expect(kaspi.text.trimEnd().endsWith('Rufik Ismayilov')).toBe(true);
  });
});
