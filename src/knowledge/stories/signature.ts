// A story signature: a small, serialisable sketch of a text from which copies of it are found by key
// equality (LSH band keys, indexable in a btree) and confirmed by comparing two signatures.
import type { Lang } from '../../core/index.js';
import { storyAnchors } from './anchors.js';
import { bandKeys, fnv1a, minHash, sketchAgreement } from './minhash.js';
import { shingleHashes, storyWords } from './wording.js';

/** Changes whenever signatures computed before would no longer compare with new ones. */
export const SIGNATURE_VERSION = 1;

/**
 * Chosen on the corpus: 5-word shingles keep unrelated articles on one topic apart (mean Jaccard 0.001)
 * while a rewrite keeps 0.25–0.35; bands of two rows make such pairs candidates with probability ≥ 0.98.
 */
export const SIGNATURE_SHAPE = {
  shingleWords: 5,
  wordingHashes: 128,
  wordingRows: 2,
  anchorHashes: 64,
  anchorRows: 2,
} as const;

export interface StorySignature {
  version: typeof SIGNATURE_VERSION;
  /** Distinct word shingles: with the Jaccard estimate it gives how much of the shorter text the other holds. */
  shingles: number;
  /** MinHash of the word shingles. */
  wording: number[];
  /** Telling figures, canonical and sorted, repeats kept: what survives translation. */
  anchors: string[];
  /**
   * LSH keys: "w<band>:<hex>" from the wording, "a<band>:<hex>" from the anchors. Two signatures sharing
   * a key are candidates; a store keeps (key, document) rows and looks candidates up by equality.
   */
  bands: string[];
}

export function storySignature(text: string, lang: Lang): StorySignature {
  const shape = SIGNATURE_SHAPE;
  const shingles = shingleHashes(storyWords(text), shape.shingleWords);
  const wording = minHash(shingles, shape.wordingHashes);
  const anchors = storyAnchors(text, lang);
  const anchorSketch = minHash(new Set(anchors.map((anchor) => fnv1a(anchor))), shape.anchorHashes);
  return {
    version: SIGNATURE_VERSION,
    shingles: shingles.size,
    wording,
    anchors,
    bands: [...bandKeys(wording, shape.wordingRows, 'w'), ...bandKeys(anchorSketch, shape.anchorRows, 'a')],
  };
}

/** Jaccard similarity of the two texts' word shingles, estimated from their MinHash. */
export function estimateSimilarity(a: StorySignature, b: StorySignature): number {
  return sketchAgreement(a.wording, b.wording);
}

/**
 * The share of the shorter text's shingles that the other text also has. From Jaccard J and sizes |A|, |B|:
 * |A ∩ B| = J·(|A| + |B|) / (1 + J). It stays high when one text is a copy cut short or padded with more.
 */
export function estimateContainment(a: StorySignature, b: StorySignature): number {
  const jaccard = estimateSimilarity(a, b);
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (a.shingles + b.shingles)) / (1 + jaccard) / smaller);
}
