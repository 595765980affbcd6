// Splits a text into sentences with their spans, so that every fact can cite the sentence it came from.
// Rule-based: a sentence ends at . ! ? … (or a closing quote after them) followed by space and an upper-case
// letter, digit or opening quote, or at a blank line. Abbreviations ("Jan.", "г.", "млрд.") do not end one.
import type { Span } from '../../core/index.js';

export interface Sentence {
  span: Span;
  text: string;
}

const ABBREVIATIONS = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'dept', 'u.s', 'e.g', 'i.e',
  'mln', 'bln', 'bn', 'mn', 'min',
  // Russian
  'г', 'гг', 'т', 'тыс', 'млн', 'млрд', 'трлн', 'руб', 'долл', 'им', 'ул', 'д', 'т.е', 'т.д', 'т.п', 'стр', 'янв',
  'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек', 'мин', 'ср', 'см', 'тн', 'коп',
]);

const BOUNDARY = /([.!?…]+)(["'»”’)]*)(\s+)(?=["'«“‘(\[]?[\p{Lu}\d])|\n\s*\n/gu;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index!;
    if (m[1] && isAbbreviation(text, at, m[1])) continue;
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

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ span: [start, end], text: text.slice(start, end) });
}
