import { describe, expect, it } from 'vitest';
import { highlightRuns } from '../../web/highlight.js';

describe('highlightRuns', () => {
  it('keeps the whole text, in order, whatever the spans', () => {
    const text = 'Aliyev met Putin in Sochi. Trade grew.';
    const runs = highlightRuns(text, [
      { id: 'e', kind: 'event', span: [0, 26] }, { id: 'p', kind: 'person', span: [11, 16] }, { id: 'm', kind: 'measurement', span: [27, 38] },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('colours a run by its narrowest fact', () => {
    const runs = highlightRuns('Aliyev met Putin.', [{ id: 'e', kind: 'event', span: [0, 17] }, { id: 'p', kind: 'person', span: [11, 16] }]);
    expect(runs.map((r) => [r.text, r.facts.map((f) => f.id)])).toEqual([
      ['Aliyev met ', ['e']], ['Putin', ['p', 'e']], ['.', ['e']],
    ]);
  });

  it('leaves out spans that do not fit the text', () => {
    expect(highlightRuns('short', [{ id: 'x', kind: 'event', span: [2, 99] }, { id: 'y', kind: 'event', span: null }]))
      .toEqual([{ text: 'short', start: 0, facts: [] }]);
  });
});
