// Whether two documents are copies of one story: by wording (syndication, rewrites, cuts) or, across
// languages, by the telling figures they share when they were published close together.
import { sharedAnchors } from './anchors.js';
import { estimateContainment, estimateSimilarity, type StorySignature } from './signature.js';

export interface StoryItem {
  id: string;
  signature: StorySignature;
  /** ISO date of publication; undated documents are compared with any date. */
  published?: string | null;
  /** Length of the text, to pick the fuller copy as canonical; the shingle count stands in when absent. */
  length?: number;
}

export interface StoryMatchOptions {
  /** Share of the shorter text's wording the other must hold. Corpus: copies ≥ 0.61, other pairs ≤ 0.36. */
  containment: number;
  /** Below this many shingles a text is too short to be judged by containment… */
  minShingles: number;
  /** …and must reach this Jaccard similarity instead. */
  shortJaccard: number;
  /** Telling figures two texts in different wording must share. Corpus: other pairs share at most 2. */
  anchorsShared: number;
  /** Share of the smaller set of figures that must be shared. */
  anchorContainment: number;
  /** Texts matched by figures alone were published at most this many days apart. */
  windowDays: number;
}

export const STORY_MATCH_DEFAULTS: StoryMatchOptions = {
  containment: 0.5,
  minShingles: 30,
  shortJaccard: 0.5,
  anchorsShared: 3,
  anchorContainment: 0.5,
  windowDays: 14,
};

export interface StoryMatch {
  /** Share of the shorter document the other holds, in wording or in figures. */
  similarity: number;
  by: 'wording' | 'anchors';
}

export function matchStory(
  a: StoryItem,
  b: StoryItem,
  options: StoryMatchOptions = STORY_MATCH_DEFAULTS,
): StoryMatch | null {
  const wording = wordingMatch(a.signature, b.signature, options);
  if (wording !== null) return { similarity: wording, by: 'wording' };
  const anchors = anchorMatch(a.signature, b.signature, options);
  if (anchors === null || !withinWindow(a.published, b.published, options.windowDays)) return null;
  return { similarity: anchors, by: 'anchors' };
}

function wordingMatch(a: StorySignature, b: StorySignature, options: StoryMatchOptions): number | null {
  if (Math.min(a.shingles, b.shingles) < options.minShingles) {
    const jaccard = estimateSimilarity(a, b);
    return jaccard >= options.shortJaccard ? jaccard : null;
  }
  const containment = estimateContainment(a, b);
  return containment >= options.containment ? containment : null;
}

function anchorMatch(a: StorySignature, b: StorySignature, options: StoryMatchOptions): number | null {
  const shared = sharedAnchors(a.anchors, b.anchors);
  if (shared < options.anchorsShared) return null;
  const containment = shared / Math.min(a.anchors.length, b.anchors.length);
  return containment >= options.anchorContainment ? containment : null;
}

const DAY_MS = 86_400_000;

function withinWindow(a: string | null | undefined, b: string | null | undefined, days: number): boolean {
  const gap = Math.abs(Date.parse(a ?? '') - Date.parse(b ?? ''));
  return Number.isNaN(gap) || gap <= days * DAY_MS;
}
