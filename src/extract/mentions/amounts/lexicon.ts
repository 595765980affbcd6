// The shape of a language's amount lexicon (src/extract/lang/<lang>/amounts.ts): the words around a figure
// that give its scale, currency, unit and qualifier. Patterns are regex sources, matched case-insensitively.
import type { Qualifier } from '../../../core/index.js';

export interface AmountLexicon {
  /** Russian writes "17,5": a comma before 1–2 or 4+ digits is a decimal mark; English reads "2,000" as grouping. */
  decimalComma: boolean;
  /** "billion", "млрд": the factor the number is multiplied by. */
  scales: Array<[pattern: string, factor: number]>;
  /** Currency words written after the number ("US dollars", "манат"). */
  currencies: Array<[pattern: string, code: string]>;
  /** Coins written after the number, with the share of the currency unit they stand for ("50 cents" → 0.5 USD). */
  subunits?: Array<[pattern: string, code: string, factor: number]>;
  /** Words after the number that make it a percentage. */
  percent: string[];
  /** Words after the number that make it a mass in tonnes. */
  tonnes: string[];
  /** Words right before a figure that qualify it ("over", "около", "exceeded"). */
  qualifiers: Array<[pattern: string, qualifier: Qualifier]>;
  /** Spelled-out numbers: units, teens, tens ("twelve", "двенадцать"). */
  numberWords: Record<string, number>;
  /** Spelled-out multipliers ("hundred", "сто" is a number word; "тысяч" a multiplier). */
  multiplierWords: Record<string, number>;
  /** Word joining spelled-out parts ("one hundred and fifty"), if any. */
  numberJoiner?: string;
  /** Adds a half to the number before it, before any scale: "two and a half million", "три с половиной". */
  andAHalf?: string;
  /** Phrases standing for a whole number ("half a million"). */
  numberPhrases: Array<[pattern: string, value: number]>;
  /** Fractions read as a percentage ("a third of" → 33.33). */
  fractions: Array<[pattern: string, percent: number]>;
  /** A word that must follow a fraction for it to be one ("a third of", not "a third country"). */
  fractionFollower?: string;
  /** Words that make a bare 1900–2099 a year rather than a count: before it ("in", "since") and after ("year"). */
  yearCues: { before: string[]; after: string[] };
}
