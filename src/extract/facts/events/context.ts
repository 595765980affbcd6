// What an event takes from the rest of its text when its own sentence is silent: the day of the event narrated
// just before it ("During the meeting held, …"), else the day the text was published (a news item reports what
// happened that day); and the city of the dateline ("ASTANA – …") as the venue.
import type { EventFact } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { findPlaces } from '../../places/countries.js';

const HEADER = /^\s*date \d{4}-\d{2}-\d{2}\s+/u;
const DATELINE = /^\s*(?:date \d{4}-\d{2}-\d{2}\s+)?(\p{Lu}[\p{Lu} .-]+\p{Lu})\s*[,–—-]/u;

export function placeFromContext(model: TextModel, events: EventFact[]): EventFact[] {
  const dateline = datelineCity(model.text);
  let previous: string | null = null;
  for (const e of events) {
    if (e.planned) continue;
    e.date ??= previous ?? model.published;
    e.place ??= dateline;
    previous = e.date ?? previous;
  }
  return events;
}

/** A capitalised city opening the text: "TASHKENT, Uzbekistan, December 3." → "Tashkent". */
function datelineCity(text: string): string | null {
  const word = DATELINE.exec(text.slice(0, 200))?.[1];
  if (!word) return null;
  const name = word.toLowerCase().replace(/(^|[\s.-])\p{L}/gu, (c) => c.toUpperCase());
  return findPlaces(name).find((p) => p.kind === 'city' && p.text === name)?.text ?? null;
}

/** Length of the "date 2024-01-24" line a stored text opens with: the filing date, not a date the text states. */
export function headerLength(text: string): number {
  return HEADER.exec(text)?.[0].length ?? 0;
}
