// Passes over the readings of all patterns: keep the longest of overlapping ones, lend a list's trailing year to its
// year-less items, and widen ranges with the cue before them ("from 2022 to 2024" takes its "from"; 
// "until 2024" opens the start, "since 2018" the end).
import type { Reading } from './grammar.js';
import type { DateLexicon } from './lexicon.js';
import { alternation, START } from './pieces.js';
import { isProblem, singleDay } from './resolve.js';

/** Longest match wins; among equals, the earlier start, then the earlier pattern. */
export function keepLongest(readings: Reading[]): Reading[] {
  const byLength = readings
    .map((r, order) => ({ r, order }))
    .sort((a, b) => length(b.r) - length(a.r) || a.r.span[0] - b.r.span[0] || a.order - b.order);
  // Kept spans never overlap, so in start order their ends rise too: only the last one starting before a reading's
  // end can overlap it, and a binary search finds it (a scan of all kept ones is quadratic on long lists of years).
  const kept: Reading[] = [];
  for (const { r } of byLength) {
    const at = firstStartingAtOrAfter(kept, r.span[1]);
    if (at > 0 && kept[at - 1]!.span[1] > r.span[0]) continue;
    kept.splice(at, 0, r);
  }
  return kept;
}

function firstStartingAtOrAfter(sorted: Reading[], position: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.span[0] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface Cues {
  listGap: RegExp;
  openStart: RegExp;
  openEnd: RegExp;
  comparison: RegExp | null;
  periodEnd: RegExp;
  rangeOpener: RegExp;
}

export function buildCues(lexicon: DateLexicon): Cues {
  const before = (words: readonly string[]) => new RegExp(`${START}(?:${alternation(words)})\\s+$`, 'iu');
  return {
    listGap: new RegExp(`^\\s*(?:${alternation(lexicon.listJoiners)})\\s*$`, 'iu'),
    openStart: before(lexicon.openStartCues),
    openEnd: before(lexicon.openEndCues),
    comparison: lexicon.comparisonCues.length
      ? new RegExp(`${START}(?:${alternation(lexicon.comparisonCues)})\\s+(?:${alternation(lexicon.openEndCues)})\\s+$`, 'iu')
      : null,
    periodEnd: before(lexicon.periodEndCues),
    rangeOpener: before(lexicon.rangeOpeners),
  };
}

/** "November 10, 2020, January 11 and November 26, 2021": January 11 takes 2021 from the item after it. */
export function lendListYears(text: string, readings: Reading[], cues: Cues): Reading[] {
  const out = [...readings];
  for (let i = out.length - 2; i >= 0; i--) {
    const [item, next] = [out[i]!, out[i + 1]!];
    if (!item.yearless || next.writtenYear === undefined) continue;
    if (!cues.listGap.test(text.slice(item.span[1], next.span[0]))) continue;
    out[i] = {
      span: item.span,
      result: singleDay(next.writtenYear, item.yearless.month, item.yearless.day),
      writtenYear: next.writtenYear,
    };
  }
  return out;
}

const CUE_REACH = 40;

/** Widens a range over the cue written before it, marking which end is open. */
export function applyRangeCues(text: string, readings: Reading[], cues: Cues): Reading[] {
  return readings.map((r, i) => {
    if (isProblem(r.result) || r.result.kind !== 'date_range' || r.result.open) return r;
    const floor = Math.max(i > 0 ? readings[i - 1]!.span[1] : 0, r.span[0] - CUE_REACH);
    const before = text.slice(floor, r.span[0]);
    const widen = (m: RegExpExecArray): [number, number] => [floor + m.index, r.span[1]];
    const opener = r.bounded ? cues.rangeOpener.exec(before) : null;
    if (opener) return { ...r, span: widen(opener) };
    const start = cues.openStart.exec(before);
    if (start) return { ...r, span: widen(start), result: { ...r.result, open: 'start' as const } };
    const end = cues.openEnd.exec(before);
    if (end && !cues.comparison?.test(before)) return { ...r, span: widen(end), result: { ...r.result, open: 'end' as const } };
    const periodEnd = cues.periodEnd.exec(before);
    return periodEnd ? { ...r, span: widen(periodEnd) } : r;
  });
}

function length(r: Reading): number {
  return r.span[1] - r.span[0];
}
