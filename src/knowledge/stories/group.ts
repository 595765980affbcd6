// Stories from signatures: documents sharing an LSH key are candidates, and each document joins the story whose
// canonical copy it matches best, or starts its own. Every copy of a story is thus a copy of its canonical: a
// text sharing a paragraph with two stories never chains them together. Never compares all pairs.
import { stableId } from '../../core/index.js';
import { matchStory, STORY_MATCH_DEFAULTS, type StoryItem, type StoryMatchOptions } from './match.js';

export interface GroupOptions extends StoryMatchOptions {
  /**
   * Documents a key holds as candidates. Boilerplate ("… Trend reports", a standing paragraph on trade)
   * puts thousands of unrelated texts under one key; the first ones stand for all, so a key never costs
   * more than this many comparisons, and a story copied a thousand times is still found through them.
   */
  bucketLimit: number;
}

export const GROUP_DEFAULTS: GroupOptions = { ...STORY_MATCH_DEFAULTS, bucketLimit: 64 };

export interface Story {
  /** Stable id, derived from the canonical document's id. */
  story: string;
  /** The earliest published copy; among equally dated (or undated) copies, the longest. */
  canonical: string;
  /** Every copy, canonical first, then in input order. */
  documents: string[];
  /** The lowest match of a copy with the canonical (1 for a story of one document). */
  similarity: number;
}

/** Every document lands in exactly one story; stories come in the input order of their first document. */
export function groupStories(
  items: readonly StoryItem[],
  options: Partial<GroupOptions> = {},
): Story[] {
  const settings = { ...GROUP_DEFAULTS, ...options };
  const storyOf = new Int32Array(items.length);
  /** Per story (numbered by its first document), its members and its canonical copy. */
  const members: number[][] = [];
  const canonicalOf: number[] = [];
  const buckets = new Map<string, number[]>();
  const lastSeen = new Int32Array(items.length).fill(-1);
  items.forEach((item, index) => {
    const stories = new Set<number>();
    for (const key of new Set(item.signature.bands)) {
      for (const other of buckets.get(key) ?? []) {
        if (lastSeen[other] === index) continue;
        lastSeen[other] = index;
        stories.add(storyOf[other]);
      }
    }
    let best = -1;
    let bestSimilarity = -1;
    for (const story of [...stories].sort((a, b) => a - b)) {
      const similarity = matchStory(items[canonicalOf[story]], item, settings)?.similarity;
      if (similarity !== undefined && similarity > bestSimilarity) [best, bestSimilarity] = [story, similarity];
    }
    if (best < 0) {
      best = members.length;
      members.push([]);
      canonicalOf.push(index);
    } else if (comesBefore(item, items[canonicalOf[best]])) {
      canonicalOf[best] = index;
    }
    storyOf[index] = best;
    members[best].push(index);
    // Only canonical copies are compared with, so only they are found by their keys.
    if (canonicalOf[best] !== index) return;
    for (const key of new Set(item.signature.bands)) {
      const bucket = buckets.get(key);
      if (!bucket) buckets.set(key, [index]);
      else if (bucket.length < settings.bucketLimit) bucket.push(index);
    }
  });
  return members.map((group) => toStory(group.map((index) => items[index]), settings));
}

/** One story of copies known to belong together: its canonical copy and each copy's match with it. */
export function toStory(copies: readonly StoryItem[], options: StoryMatchOptions = STORY_MATCH_DEFAULTS): Story {
  const canonical = copies.reduce((best, copy) => (comesBefore(copy, best) ? copy : best));
  const others = copies.filter((copy) => copy !== canonical);
  const similarity = Math.min(1, ...others.map((copy) => matchStory(canonical, copy, options)?.similarity ?? 0));
  return {
    story: stableId('story', canonical.id),
    canonical: canonical.id,
    documents: [canonical.id, ...others.map((copy) => copy.id)],
    similarity,
  };
}

/** Earlier publication first (undated last), then the longer text, then the smaller id for stability. */
function comesBefore(a: StoryItem, b: StoryItem): boolean {
  const dateA = a.published ?? '\uffff';
  const dateB = b.published ?? '\uffff';
  if (dateA !== dateB) return dateA < dateB;
  const lengthA = a.length ?? a.signature.shingles;
  const lengthB = b.length ?? b.signature.shingles;
  if (lengthA !== lengthB) return lengthA > lengthB;
  return a.id < b.id;
}
