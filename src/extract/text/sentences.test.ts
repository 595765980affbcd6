import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from './sentences.js';

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

  it.each([
    ['does not split after "St." in a city name', 'The council met in St. Petersburg on Friday.'],
    ['does not split inside a quoted name with a stop', 'It is the exhibition "Innoprom. Central Asia," held in April.'],
    ['does not split inside a guillemet-quoted name', 'Выставка «Иннопром. Центральная Азия» пройдет в Ташкенте.'],
  ])('%s', (_rule, text) => expect(splitSentences(text).map((s) => s.text)).toEqual([text]));

  it.each([
    ['splits after "etc." followed by a capital', 'They trade oil, grain, etc. Russia buys fruit.', 2],
    ['splits after "т.д." followed by a capital', 'Торгуют нефтью, зерном и т.д. Россия закупает фрукты.', 2],
    ['splits after a quoted sentence that closes at its stop', '"We agree." Putin then left.', 2],
    ['splits after a one-word quote when no closing quote follows soon', 'He called it "Good. We need more of that in trade and in investment and in many fields', 2],
  ])('%s', (_rule, text, count) => expect(splitSentences(text)).toHaveLength(count));

  it('cuts a stretch without stops into pieces no longer than MAX_SENTENCE, at spaces', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `item${i}`).join(' ');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(...s.span)).toBe(s.text);
      expect(s.text).not.toMatch(/^\s|\s$/);
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });
});
