// Property tests: whatever text extraction is given (mutated corpus sentences, token soup, arbitrary UTF-16,
// long runs of digits and separators), it returns without throwing and every span holds its quote.
// A few thousand runs here; `npm run fuzz` runs a long campaign and reports the slowest inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { MENTION_FINDERS } from '../../src/extract/configuration.js';
import { extractionProblems, mentionProblems } from './invariants.js';
import { REPEATED_UNITS, anyText, corpusSentences, mutatedCorpusText, repeated, tokenSoup } from './texts.js';

const sentences = corpusSentences();
const lang = fc.constantFrom('en', 'ru', 'az', undefined);
const published = fc.constantFrom('2021-05-01', '1999-12-31', null);
const text = fc.oneof({ weight: 3, arbitrary: mutatedCorpusText(sentences) }, tokenSoup, anyText);

describe('extract() on hostile text', () => {
  it('finds the corpus sentences to mutate', () => {
    expect(sentences.length).toBeGreaterThan(200);
  });

  it('never throws, and every mention, fact and diagnostic span holds its quote', () => {
    fc.assert(fc.property(text, published, lang, (t, p, l) => {
      expect(extractionProblems(t, extract({ text: t, published: p, lang: l }))).toEqual([]);
    }), { numRuns: 2000 });
  });

  it.each(MENTION_FINDERS.map((find) => [find.name, find] as const))('%s never throws and its spans hold their text', (name, find) => {
    fc.assert(fc.property(text, published, fc.constantFrom('en', 'ru', 'az'), (t, p, l) => {
      expect(mentionProblems(t, find(t, { published: p, lang: l }).mentions, name)).toEqual([]);
    }), { numRuns: 2000 });
  });

  it.each(REPEATED_UNITS.map((unit) => [JSON.stringify(unit), unit] as const))('keeps its spans on a 5 000-character run of %s', (_name, unit) => {
    const long = repeated(unit, 5_000);
    expect(extractionProblems(long, extract({ text: long, published: '2021-05-01' }))).toEqual([]);
  });
});
