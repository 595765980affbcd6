// One fact per real event: mentions of the same type merge when their dates, venues and ordinals do not
// contradict each other ("the 21st meeting … in Moscow" and "the meeting"); the first mention gives the title.
import type { EventFact } from '../../../core/index.js';

export function mergeEvents(found: EventFact[]): EventFact[] {
  const kept: EventFact[] = [];
  for (const e of found) {
    const same = kept.find((k) => k.type === e.type && compatible(k.date, e.date) && compatible(k.place, e.place) &&
      compatible(k.ordinal, e.ordinal));
    if (!same) {
      kept.push({ ...e, participants: [...e.participants] });
      continue;
    }
    if (!same.date || e.date && e.date.length > same.date.length) {
      Object.assign(same, { date: e.date }, e.end_date ? { end_date: e.end_date } : {}, e.period ? { period: e.period } : {});
    }
    same.place ??= e.place;
    same.ordinal ??= e.ordinal;
    same.participants = [...new Set([...same.participants, ...e.participants])];
  }
  return kept;
}

function compatible<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  if (a == null || b == null) return true;
  return typeof a === 'string' && typeof b === 'string' ? a.startsWith(b) || b.startsWith(a) : a === b;
}
