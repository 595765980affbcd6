// Candidate personal names: runs of capitalised words, trimmed of the organisation, role, month and place words
// that precede a name in running text ("Russian Foreign Ministry Maria Zakharova" → "Maria Zakharova").
import type { Span } from '../../../core/index.js';
import type { PlaceMatch } from '../../places/countries.js';
import { matchesOf } from '../shared/matches.js';

export interface NameCandidate {
  tokens: string[];
  span: Span;
}

// Patronymic particles ("Ilham Heydar oglu Aliyev") join a run; the patronymic itself is dropped.
const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:[ \t]*\n?[ \t]*(?:(?:oglu|ogly|qizi|kyzy)[ \t]+)?\p{Lu}[\p{L}'’-]*)*/gu;
const TOKEN = /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:oglu|ogly|qizi|kyzy)(?![\p{L}]))?/gu;
const PATRONYMIC = /[ \t]+(?:oglu|ogly|qizi|kyzy)$/u;
const POSSESSIVE = /['’]s$/u;
const HAS_LOWER = /\p{Ll}/u;
const MAX_TOKENS = 3;

/** Capitalised words that cannot be part of a name: organisation words, roles ("Премьер-министр"), months. */
export type NotAName = (word: string) => boolean;

export function nameCandidates(text: string, offset: number, notAName: NotAName, places: PlaceMatch[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of matchesOf(CAPITALISED_RUN, text)) {
    const tokens = matchesOf(TOKEN, run[0]).map((t) => ({ text: t[0], start: offset + run.index! + t.index! }))
      .filter((t) => !PATRONYMIC.test(t.text));
    let first = 0;
    tokens.forEach((t, i) => {
      const bare = t.text.replace(POSSESSIVE, '');
      const inPlace = places.some((p) => p.span[0] <= t.start && t.start < p.span[1]);
      if (notAName(bare) || inPlace || !HAS_LOWER.test(bare) || (POSSESSIVE.test(t.text) && i < tokens.length - 1)) {
        first = i + 1;
      }
    });
    const kept = tokens.slice(Math.max(first, tokens.length - MAX_TOKENS));
    if (!kept.length) continue;
    const last = kept[kept.length - 1];
    const lastText = last.text.replace(POSSESSIVE, '');
    out.push({
      tokens: [...kept.slice(0, -1).map((t) => t.text), lastText],
      span: [kept[0].start, last.start + lastText.length],
    });
  }
  return out;
}
