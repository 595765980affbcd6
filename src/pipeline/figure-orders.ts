// The two orders figures are listed in: an indicator's series (oldest period first) and the conflicts between
// sources (latest period first). Both sorts are stable, so a filtered list keeps the order the whole list has.
import type { Figure } from '../knowledge/figures/index.js';

/** The end of a figure's period; an undated figure holds at the end of its first source's year of publication. */
export function seriesEnd(figure: Figure): string {
  return figure.period?.end ?? `${figure.sources[0]?.published?.slice(0, 4) ?? '0000'}-12-31`;
}

/** Oldest period first: by end, then by start. */
export function inSeriesOrder(figures: readonly Figure[]): Figure[] {
  return [...figures].sort((a, b) => seriesEnd(a).localeCompare(seriesEnd(b))
    || (a.period?.start ?? '').localeCompare(b.period?.start ?? ''));
}

/** The figures whose sources disagree, latest period end first, then by key. */
export function latestConflicts(figures: readonly Figure[]): Figure[] {
  return figures.filter((figure) => figure.conflict !== null)
    .sort((a, b) => (b.period?.end ?? '').localeCompare(a.period?.end ?? '') || a.key.localeCompare(b.key));
}
