// The shape of a language's event lexicon (src/extract/lang/<lang>/events.ts): cue phrases by event type, and the
// words that mark an event as scheduled, as a back-reference, or a date as something other than the event's day.
// Regex sources, matched case-insensitively unless a cue says otherwise; a word class a language leaves out never
// matches.
import type { EventType } from '../../../core/index.js';

export interface EventCue {
  type: EventType;
  pattern: string;
  /** Capitals in the pattern matter (a named "Forum", a visit to a named "Astana"). */
  cased?: boolean;
  /** A speech verb ("told Kaspi", "said on Monday"): remarks made at a meeting the same sentence names are part of
   * that meeting, not a statement of their own. */
  remark?: boolean;
}

export interface EventsLexicon {
  /** Cue phrases by type; where two overlap, the one listed first wins. */
  cues: EventCue[];
  /** Future or scheduled wording: "will be held", "проведут". */
  planned: string;
  /** An ordinal right before a cue ("22nd meeting", "23-е заседание"); group 1 holds the number. */
  ordinal: string;
  /** What stands right before a cue that refers back to an event already named ("the meeting", "участники заседания"). */
  anaphoric?: string;
  /** What stands right before a cue for another, earlier event ("the previous meeting"): an event only with a date. */
  elsewhere?: string;
  /** A body that meets ("commission", "совет"): two meetings of a body in one text are one unless dates or ordinals differ. */
  body?: string;
  /** What follows a cue that names the event itself ("meeting of the Commission", "talks with Mishustin"). */
  naming?: string;
  /** What stands right before a date that gives the period a document covers, not an event's day ("for 2022"). */
  coverage?: string;
}
