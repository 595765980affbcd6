import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital and keeps spans that hold each sentence', () => {
    const text = 'Trade grew in 2023. Russia invested $295 million.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Trade grew in 2023.', 'Russia invested $295 million.']);
    for (const s of sentences) expect(text.slice(...s.span)).toBe(s.text);
  });

  it('does not split after an abbreviation such as "Jan." or "млрд."', () => {
    expect(splitSentences('On 24 Jan. 2024 the plan was signed.')).toHaveLength(1);
    expect(splitSentences('Оборот составил 3,4 млрд. Долларов стало больше.')).toHaveLength(1);
  });

  it('does not split after an initial', () => {
    expect(splitSentences('The letter was signed by I. Aliyev yesterday.')).toHaveLength(1);
  });

  it('ends a sentence at a closing quote after the full stop', () => {
    const s = splitSentences('"The ties are strong." Volvach said so.');
    expect(s.map((x) => x.text)).toEqual(['"The ties are strong."', 'Volvach said so.']);
  });

  it('treats a blank line as a boundary even without punctuation', () => {
    expect(splitSentences('21st meeting of the Commission\n\nMoscow hosted it.')).toHaveLength(2);
  });
});
