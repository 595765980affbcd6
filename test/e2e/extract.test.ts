import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concord, jsonLines, SHARED } from './cli.js';

const FACT_KINDS = ['measurements', 'instruments', 'events', 'people'] as const;

describe('concord extract --json', () => {
  for (const set of ['seeds', 'dev']) {
    it(`prints one contract line per ${set} document, every span holding its quote`, async () => {
      const dir = join(SHARED, 'corpus', set);
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      const { code, stdout, stderr } = await concord(['extract', ...files.map((f) => join(dir, f)), '--json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const records = jsonLines(stdout);
      expect(records.map((r) => r.file)).toEqual(files);
      for (const r of records) {
        const text = readFileSync(join(dir, r.file), 'utf8');
        for (const kind of [...FACT_KINDS, 'mentions'] as const) {
          expect(Array.isArray(r[kind])).toBe(true);
          for (const fact of r[kind]) {
            if (!fact.span) continue;
            const quote = fact.quote ?? fact.text;
            expect(text.slice(fact.span[0], fact.span[1])).toBe(quote);
          }
        }
      }
    });
  }

  it('finds facts of every kind across the corpus', async () => {
    const dir = join(SHARED, 'corpus/dev');
    const { stdout } = await concord(['extract', dir, '--json']);
    const records = jsonLines(stdout);
    for (const kind of FACT_KINDS) {
      expect(records.reduce((n, r) => n + r[kind].length, 0), kind).toBeGreaterThan(0);
    }
  });

  it('reads index.jsonl beside the files for the publication date', async () => {
    const file = join(SHARED, 'corpus/dev/d117_trend-asadov-volodin-investments.txt');
    const [record] = jsonLines((await concord(['extract', file, '--json'])).stdout);
    expect(record.published).toBe('2018-06-25');
  });

  it('answers --input-jsonl line by line, in order, with the same file names', async () => {
    const input = [
      { file: 'a.txt', text: 'Trade turnover between Russia and Azerbaijan amounted to $2.9 billion in 2021.' },
      { file: 'b.txt', text: 'Товарооборот между Россией и Азербайджаном в прошлом году вырос на 17,5%.', published: '2024-01-24' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { code, stdout } = await concord(['extract', '--input-jsonl', '-', '--json'], { input });
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((r) => r.file)).toEqual(['a.txt', 'b.txt']);
    expect(records[1].published).toBe('2024-01-24');
    expect(records[0].mentions.some((m: any) => m.kind === 'money' && m.value === 2.9e9)).toBe(true);
  });

  it('gives a text without a date the reference date of --published', async () => {
    const input = JSON.stringify({ file: 'x.txt', text: 'Trade grew last year.' });
    const [record] = jsonLines((await concord(['extract', '--input-jsonl', '-', '--json', '--published', '2024-01-24'], { input })).stdout);
    expect(record.published).toBe('2024-01-24');
  });

  it('names a missing file, goes on with the rest, and exits non-zero', async () => {
    const good = join(SHARED, 'corpus/seeds/000_7554e83def66f9d2.txt');
    const { code, stdout, stderr } = await concord(['extract', '/nonexistent/missing.txt', good, '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt/);
    expect(jsonLines(stdout).map((r) => r.file)).toEqual(['000_7554e83def66f9d2.txt']);
  });

  it('prints a readable summary without --json', async () => {
    const { stdout } = await concord(['extract', join(SHARED, 'corpus/seeds/000_7554e83def66f9d2.txt')]);
    expect(stdout).toMatch(/000_7554e83def66f9d2\.txt/);
    expect(stdout).toMatch(/facts, \d+ mentions/);
  });
});
