// The figures of a text written the same way whatever the language: "2.9 billion", "2,9 млрд" and
// "2,9 milyard" all become "2900000000"; "5.5%", "5,5 процента" and "5,5 faiz" become "5.5%".
import type { Lang } from '../../core/index.js';

const MAGNITUDES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:thousands?|тыс[а-я]*|min)$/u, 1e3],
  [/^(?:millions?|mln|mn|млн|миллион[а-я]*|milyon)$/u, 1e6],
  [/^(?:billions?|bln|bn|млрд|миллиард[а-я]*|milyard|mlrd)$/u, 1e9],
  [/^(?:trillions?|trln|tn|трлн|триллион[а-я]*|trilyon)$/u, 1e12],
];

// "per" stands for "per cent", written as two words.
const PERCENT = /^(?:%|percent|per|процент[а-я]*|faiz)$/u;

// English groups thousands with commas ("418,000"); Russian and Azerbaijani with spaces or dots ("418 000").
// Either way a separator not followed by exactly three digits is a decimal mark.
const NUMBER: Record<'comma' | 'dot', RegExp> = {
  comma: /(?<![\p{L}\d.,])(\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?\s?(%|\p{L}+)?/gu,
  dot: /(?<![\p{L}\d.,])(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?\s?(%|\p{L}+)?/gu,
};

/** Each figure in the text, in order, as a canonical string; repeats are kept. */
export function storyFigures(text: string, lang: Lang): string[] {
  const pattern = NUMBER[lang === 'ru' || lang === 'az' ? 'dot' : 'comma'];
  const figures: string[] = [];
  for (const [, whole, fraction, word] of text.matchAll(pattern)) {
    const value = Number(`${whole.replace(/\D/g, '')}.${fraction ?? '0'}`);
    const next = word?.toLowerCase().replace(/\.$/, '') ?? '';
    if (PERCENT.test(next)) {
      figures.push(`${value}%`);
      continue;
    }
    const magnitude = MAGNITUDES.find(([words]) => words.test(next))?.[1] ?? 1;
    figures.push(String(Number((value * magnitude).toPrecision(12))));
  }
  return figures;
}
