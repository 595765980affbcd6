// Lists show each person or instrument with its newest sources only, and how many it has in all.
import { describe, expect, it } from 'vitest';
import { LISTED_SOURCES, listed } from './read-model-rows.js';

describe('listed items', () => {
  const source = (published: string | null, n: number) => ({ fact: `f${n}`, published });

  it(`keeps the ${LISTED_SOURCES} newest sources, undated last, and counts them all`, () => {
    const sources = [source('2020-01-01', 1), source(null, 2), ...Array.from({ length: 8 }, (_, k) => source(`2024-0${k + 1}-01`, k + 3))];
    const item = listed({ id: 'p', sources });
    expect(item.sourceCount).toBe(10);
    expect(item.sources.map((s) => s.published)).toEqual(['2024-08-01', '2024-07-01', '2024-06-01', '2024-05-01', '2024-04-01']);
    expect(item.id).toBe('p');
  });

  it('keeps every source of an item with few, undated ones last', () => {
    const item = listed({ sources: [source(null, 1), source('2023-05-05', 2)] });
    expect(item.sources.map((s) => s.fact)).toEqual(['f2', 'f1']);
    expect(item.sourceCount).toBe(2);
  });
});
