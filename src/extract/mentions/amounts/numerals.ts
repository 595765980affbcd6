// Reads the number inside an amount: digits with the language's decimal and grouping marks, or spelled-out
// words ("one hundred fifty", "двадцать тысяч").
import type { AmountLexicon } from './lexicon.js';

const GROUP_SPACE = /[\s\u00a0\u202f\u2009]/g;

/** "2,000" → 2000 (English), "17,5" → 17.5 (Russian), "2 000" → 2000; a comma before exactly three digits
 *  groups thousands where the language writes a decimal point. */
export function readDigits(raw: string, lexicon: AmountLexicon): number {
  let s = raw.replace(GROUP_SPACE, '');
  if (lexicon.decimalComma) {
    s = /^\d{1,3}(?:,\d{3}){2,}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  } else {
    s = /,\d{3}(?:\D|$)/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  return Number(s);
}

/** "one hundred fifty" → 150, "twenty five thousand" → 25000. Joiners and hyphens are skipped. */
export function readNumberWords(raw: string, lexicon: AmountLexicon): number {
  let total = 0;
  let current = 0;
  for (const word of raw.toLowerCase().split(/[\s-]+/)) {
    const unit = lexicon.numberWords[word];
    const multiplier = lexicon.multiplierWords[word];
    if (unit !== undefined) current += unit;
    else if (multiplier === 100) current = (current || 1) * 100;
    else if (multiplier !== undefined) {
      total += (current || 1) * multiplier;
      current = 0;
    }
  }
  return total + current;
}

/** Multiplies without floating-point tails: 2.9 × 10⁹ is 2900000000, not 2900000000.0000005. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}
