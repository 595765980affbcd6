// Combines the mentions of every finder into one ordered, non-overlapping list. Where two overlap, dates win
// over plain numbers ("in 2021" is a year, not the number 2021), then the longer match wins.
import type { Mention } from '../../core/index.js';

const PRIORITY: Record<Mention['kind'], number> = { date_range: 3, date: 3, money: 2, percent: 2, number: 1 };

export function mergeMentions(lists: Mention[][]): Mention[] {
  const all = lists.flat().sort((a, b) =>
    PRIORITY[b.kind] - PRIORITY[a.kind] || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]) || a.span[0] - b.span[0]);
  const kept: Mention[] = [];
  for (const m of all) {
    if (kept.some((k) => m.span[0] < k.span[1] && k.span[0] < m.span[1])) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}
