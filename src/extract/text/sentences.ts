// Splits a text into sentences with their spans, so that every fact can cite the sentence it came from.
// Rule-based: a sentence ends at . ! ? … (or a closing quote after them) followed by space and an upper-case
// letter, digit or opening quote, or at a blank line. Abbreviations ("Jan.", "St.", "г.", "млрд.") do not end one,
// nor a stop inside a short quoted name ("Innoprom. Central Asia"); "etc." and "т.д." before a capital do.
import type { Span } from '../../core/index.js';

export interface Sentence {
  span: Span;
  text: string;
}

const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'dept', 'u.s', 'e.g', 'i.e',
  'mln', 'bln', 'bn', 'mn', 'min',
  // Russian
  'г', 'гг', 'т', 'тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'им', 'ул', 'д', 'т.е', 'стр', 'янв',
  'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек', 'мин', 'ср', 'см', 'тн', 'коп',
]);

// The look-behind starts a match only at the first of a run of stops, so a long run cannot backtrack quadratically.
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'»”’)]*)(\s+)(?=["'«“‘(\[]?[\p{Lu}\d])|\n\s*\n/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // exec rather than matchAll: matchAll copies the pattern on every call, and the copies are compiled afresh.
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const at = m.index!;
    if (m[1] && (isAbbreviation(text, at, m[1]) || insideQuotedName(text, at))) continue;
    const end = m[1] ? at + m[1].length + (m[2]?.length ?? 0) : at;
    push(text, start, end, sentences);
    start = at + m[0].length;
  }
  push(text, start, text.length, sentences);
  return sentences;
}

function isAbbreviation(text: string, dotAt: number, punct: string): boolean {
  if (punct !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dotAt - 12), dotAt));
  if (!before) return false;
  const word = before[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Initials: "V. Putin", "И.Алиев".
  return /^\p{Lu}$/u.test(before[1]);
}

// A quoted name whose first word ends in a stop: "Innoprom. Central Asia," closes within a few words.
const QUOTED_WORD_BEFORE = /["“«„][\p{Lu}][\p{L}\p{N}&-]*$/u;
const QUOTE_CLOSES_SOON = /^[.!?…]+\s+[^"”».!?…\n]{1,40}["”»]/u;
const QUOTED_NAME_REACH = 32;

function insideQuotedName(text: string, dotAt: number): boolean {
  return QUOTED_WORD_BEFORE.test(text.slice(Math.max(0, dotAt - QUOTED_NAME_REACH), dotAt)) &&
    QUOTE_CLOSES_SOON.test(text.slice(dotAt, dotAt + 64));
}

/**
 * No real sentence runs to thousands of characters; a text without stops (a table, a list, garbage) would make
 * every per-sentence pattern work on the whole text, so longer stretches are cut at a space.
 */
export const MAX_SENTENCE = 2000;

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start ? space : start + MAX_SENTENCE;
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ span: [start, end], text: text.slice(start, end) });
}
