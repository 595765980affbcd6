// Snippets: passages around the words the query's lexemes start, matched words marked, as short as asked.
import { describe, expect, it } from 'vitest';
import { queryLexemes, snippet } from './snippet.js';

const marks = { fragments: 2, words: 12, start: '[', stop: ']' };

describe('query lexemes', () => {
  it('reads the lexemes of a tsquery, longest first, without negated ones', () => {
    expect(queryLexemes(`'trade' & 'turnov' | 'товарооборот' & !'gas'`)).toEqual(['товарооборот', 'turnov', 'trade']);
  });

  it("reads a quote written twice inside a lexeme", () => {
    expect(queryLexemes(`'o''neill'`)).toEqual(["o'neill"]);
  });
});

describe('snippet', () => {
  it('marks every word a lexeme starts, whatever its ending or case', () => {
    expect(snippet('Trade turnover grew. The turnovers of trade rose.', ['turnov', 'trade'], marks))
      .toBe('[Trade] [turnover] grew. The [turnovers] of [trade] rose.');
  });

  it('finds Russian word forms through their stem', () => {
    expect(snippet('Стороны обсудили выполнение дорожной карты.', ['дорожн', 'карт'], marks))
      .toBe('Стороны обсудили выполнение [дорожной] [карты].');
  });

  it('cuts a long text to passages around the matches, joined by an ellipsis', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const text = `${filler(50)} railway opened ${filler(50)} the railway bridge ${filler(50)}`;
    const made = snippet(text, ['railway'], marks);
    expect(made.split(' … ')).toHaveLength(2);
    expect(made.match(/\[railway\]/g)).toHaveLength(2);
    expect(made.split(/\s+/).length).toBeLessThanOrEqual(2 * 12 + 1);
  });

  it('prefers the passage holding the most different query words', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `x${i}`).join(' ');
    const text = `trade ${filler(40)} trade and turnover ${filler(40)}`;
    const made = snippet(text, ['turnov', 'trade'], { ...marks, fragments: 1 });
    expect(made).toContain('[trade] and [turnover]');
  });

  it('starts at the beginning when no word matches', () => {
    expect(snippet('One two three four five six seven eight nine ten eleven twelve thirteen', ['zzz'], marks))
      .toBe('One two three four five six seven eight nine ten eleven twelve');
  });

  it('gives an empty snippet for a text without words', () => {
    expect(snippet('  … — ', ['a'], marks)).toBe('');
  });
});
