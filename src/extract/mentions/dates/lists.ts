// Years listed after a year cue ("in 2019, 2020 and 2021"): whether the years before one, joined by list words, go
// back to a cue. Each link is tested once per text and remembered, so a long list costs its length, not its square.
import type { DateLexicon } from './lexicon.js';
import { alternation, START } from './pieces.js';

/** Tells whether the text before `start` is a year cue and a list of years ending with a joiner. */
export type ListedAfterCue = (text: string, start: number) => boolean;

export function listedAfterCue(lexicon: DateLexicon): ListedAfterCue {
  // Sticky and empty: each tests only what stands right behind the position it is given.
  const cueBehind = new RegExp(`(?<=${START}(?:${alternation(lexicon.yearCues)})[\\s-]+(?:the\\s+)?)`, 'iuy');
  const yearAndJoinerBehind =
    new RegExp(`(?<=(?:19|20)\\d{2}\\s*(?:${alternation(lexicon.listJoiners)})\\s*)`, 'iuy');
  const behind = (re: RegExp, text: string, at: number) => {
    re.lastIndex = at;
    return re.test(text);
  };
  /** The year a joiner ends at `at` follows: joiners hold no digits, so its last digit is the last before `at`. */
  const yearBefore = (text: string, at: number) => {
    let i = at - 1;
    while (!isDigit(text.charCodeAt(i))) i--;
    return i - 3;
  };
  let input: string | null = null;
  let known = new Map<number, boolean>();
  /** Whether the year written at `start` is the first of a list after a cue, or follows one that is. */
  const opensOrContinues = (text: string, start: number): boolean => {
    const chain: number[] = [];
    let at = start;
    let result: boolean;
    for (;;) {
      const seen = known.get(at);
      if (seen !== undefined) { result = seen; break; }
      chain.push(at);
      if (behind(cueBehind, text, at)) { result = true; break; }
      if (!behind(yearAndJoinerBehind, text, at)) { result = false; break; }
      at = yearBefore(text, at);
    }
    for (const year of chain) known.set(year, result);
    return result;
  };
  return (text, start) => {
    if (text !== input) [input, known] = [text, new Map()];
    return behind(yearAndJoinerBehind, text, start) && opensOrContinues(text, yearBefore(text, start));
  };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
