// One fact per real event. A mention that names its event ("the 21st meeting of the Commission", "talks with
// Mishustin") joins another only when they agree on ordinal, title or people; a back-reference ("the meeting",
// "участники заседания") joins the nearest event of its type before it (or after it, when none comes before).
// Two meetings of a commission or council in one text are one meeting unless their dates or ordinals differ.
// Signings of one day and venue are one ceremony however they are worded.
import type { EventFact } from '../../../core/index.js';
import { sameTitle } from '../shared/title-tokens.js';

export interface EventMention {
  fact: EventFact;
  /** Refers back to an event named elsewhere in the text. */
  anaphoric: boolean;
}

export function mergeEvents(mentions: EventMention[], body: RegExp): EventFact[] {
  const kept: EventFact[] = [];
  for (const { fact } of mentions.filter((m) => !m.anaphoric)) {
    const same = kept.find((k) => k.type === fact.type && compatible(k, fact) && sameEvent(k, fact, body));
    if (same) absorb(same, fact);
    else kept.push({ ...fact, participants: [...fact.participants] });
  }
  for (const { fact } of mentions.filter((m) => m.anaphoric)) {
    const target = referent(kept, fact);
    if (target) absorb(target, fact);
    else kept.push({ ...fact, participants: [...fact.participants] });
  }
  return kept.sort((a, b) => (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0));
}

function sameEvent(a: EventFact, b: EventFact, body: RegExp): boolean {
  if (a.type === 'signing') return true;
  if (a.ordinal != null && a.ordinal === b.ordinal) return true;
  const bodies = [a, b].filter((e) => body.test(e.title)).length;
  if (bodies !== 1 && sameTitle(a.title, b.title)) return true;
  if (bodies === 2) return true;
  const [fewer, more] = a.participants.length <= b.participants.length ? [a, b] : [b, a];
  return bodies === 0 && a.span?.[0] !== b.span?.[0] && fewer.participants.length > 0 &&
    fewer.participants.every((p) => more.participants.includes(p));
}

/** The event of the same type nearest before the mention, else the nearest after it. */
function referent(kept: EventFact[], mention: EventFact): EventFact | undefined {
  const at = mention.span?.[0] ?? 0;
  const candidates = kept.filter((k) => k.type === mention.type && agree(k.ordinal, mention.ordinal));
  return candidates.filter((k) => (k.span?.[0] ?? 0) <= at).at(-1) ?? candidates.find((k) => (k.span?.[0] ?? 0) > at);
}

function absorb(same: EventFact, e: EventFact): void {
  if (!same.date || e.date && e.date.length > same.date.length) {
    Object.assign(same, { date: e.date }, e.end_date ? { end_date: e.end_date } : {}, e.period ? { period: e.period } : {});
  }
  same.place ??= e.place;
  same.ordinal ??= e.ordinal;
  same.participants = [...new Set([...same.participants, ...e.participants])];
}

function compatible(a: EventFact, b: EventFact): boolean {
  return agree(a.date, b.date) && agree(a.place, b.place) && agree(a.ordinal, b.ordinal);
}

function agree<T>(a: T | null | undefined, b: T | null | undefined): boolean {
  if (a == null || b == null) return true;
  return typeof a === 'string' && typeof b === 'string' ? a.startsWith(b) || b.startsWith(a) : a === b;
}
