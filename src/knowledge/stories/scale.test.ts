import { describe, expect, it } from 'vitest';
import { groupStories, storySignature, syntheticCorpus } from './index.js';

describe('stories at scale', () => {
  it('finds exactly the generated stories among 5,000 documents with every kind of copy', () => {
    const corpus = syntheticCorpus(5000, 7);
    const items = corpus.documents.map((document) => ({
      id: document.id,
      signature: storySignature(document.text, document.lang),
      published: document.published,
      length: document.text.length,
    }));
    const found = groupStories(items)
      .filter((story) => story.documents.length > 1)
      .map((story) => [...story.documents].sort());
    const expected = corpus.stories.map((ids) => [...ids].sort());
    expect(corpus.documents.length).toBeGreaterThanOrEqual(5000);
    expect(found).toEqual(expected);
  });
});
