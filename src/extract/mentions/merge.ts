// Combines the mentions of every finder into one ordered, non-overlapping list. Where two overlap, dates win
// over plain numbers ("in 2021" is a year, not the number 2021), then the longer match wins.
import type { Mention } from '../../core/index.js';

const PRIORITY: Record<Mention['kind'], number> = { date_range: 3, date: 3, money: 2, percent: 2, number: 1 };

export function mergeMentions(lists: Mention[][]): Mention[] {
  const all = lists.flat().sort((a, b) =>
    PRIORITY[b.kind] - PRIORITY[a.kind] || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  // Kept mentions stay sorted by start and never overlap, so one binary search finds the only neighbours
  // that could overlap a candidate: the whole merge is O(n log n) even for texts made of numbers.
  const kept: Mention[] = [];
  for (const m of all) {
    const at = firstStartingAtOrAfter(kept, m.span[0]);
    const before = kept[at - 1];
    const after = kept[at];
    if (before && before.span[1] > m.span[0]) continue;
    if (after && after.span[0] < m.span[1]) continue;
    kept.splice(at, 0, m);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: Mention[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].span[0] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
