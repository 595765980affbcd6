// The shape of a language's event lexicon (src/extract/lang/<lang>/events.ts): cue phrases by event type, and the
// words that mark an event as scheduled. Regex sources, matched case-insensitively unless stated.
import type { EventType } from '../../../core/index.js';

export interface EventsLexicon {
  /** Cue phrases by type; the first type whose cue matches a stretch of text wins. */
  cues: { type: EventType; pattern: string }[];
  /** Future or scheduled wording: "will be held", "проведут". */
  planned: string;
  /** An ordinal right before a cue ("22nd meeting", "23-е заседание"); group 1 holds the number. */
  ordinal: string;
}
