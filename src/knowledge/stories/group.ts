// Stories from signatures: documents sharing an LSH key are candidates, confirmed pairs are joined
// (union-find), and each group is named after its canonical copy. Never compares all pairs.
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
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };

  const buckets = new Map<string, number[]>();
  const lastCompared = new Int32Array(items.length).fill(-1);
  items.forEach((item, index) => {
    for (const key of item.signature.bands) {
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [index]);
        continue;
      }
      for (const other of bucket) {
        if (lastCompared[other] === index) continue;
        lastCompared[other] = index;
        if (root(other) !== root(index) && matchStory(items[other], item, settings)) parent[root(index)] = root(other);
      }
      if (bucket.length < settings.bucketLimit) bucket.push(index);
    }
  });

  const members = new Map<number, number[]>();
  items.forEach((_, index) => {
    const group = members.get(root(index));
    if (group) group.push(index);
    else members.set(root(index), [index]);
  });
  return [...members.values()]
    .sort((a, b) => a[0] - b[0])
    .map((group) => toStory(group.map((index) => items[index]), settings));
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
