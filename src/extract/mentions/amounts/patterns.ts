// Compiles a language's amount lexicon into the regular expressions the finder runs, once per language at load.
import type { ExtractionLang, Qualifier } from '../../../core/index.js';
import type { AmountLexicon } from './lexicon.js';
import { CURRENCY_SIGNS, ISO_CODES } from './currencies.js';
import { amounts as en } from '../../lang/en/amounts.js';
import { amounts as ru } from '../../lang/ru/amounts.js';
import { amounts as az } from '../../lang/az/amounts.js';

export interface AmountPatterns {
  lexicon: AmountLexicon;
  /** qualifier? prefix-currency? number scale? (second number scale)? tail (%, currency, tonnes)? */
  amount: RegExp;
  fraction: RegExp;
  /** The qualifier written right before a figure ("over ", "около "), tested on the text before it. */
  qualifierBefore: RegExp;
  yearBefore: RegExp;
  yearAfter: RegExp;
  qualifierOf(word: string): Qualifier;
  fractionOf(word: string): number;
  phraseOf(word: string): number;
  scaleOf(word: string): number;
  currencyOf(word: string): string | undefined;
  /** A coin word's currency and share of the unit ("cents" → USD, 0.01). */
  subunitOf(word: string): [code: string, factor: number] | undefined;
  isPercent(word: string): boolean;
  isTonnes(word: string): boolean;
}

const SPACE = '[\\s\\u00a0\\u202f\\u2009]';
const NOT_LETTER = '(?![\\p{L}])';

const longestFirst = (items: string[]) => [...items].sort((a, b) => b.length - a.length).join('|');
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'iu');

function digitsPattern(lexicon: AmountLexicon): string {
  const grouped = `\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)`;
  return lexicon.decimalComma
    ? `${grouped}(?:,\\d+)?|\\d+(?:[.,]\\d+)?`
    : `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|${grouped}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\d+,\\d{1,2}(?!\\d)`;
}

function compile(lexicon: AmountLexicon): AmountPatterns {
  const words = longestFirst(Object.keys(lexicon.numberWords));
  const multipliers = longestFirst(Object.keys(lexicon.multiplierWords));
  const joiner = lexicon.numberJoiner ? `|${SPACE}+${lexicon.numberJoiner}${SPACE}+` : '';
  const spelled = `(?:${words})${NOT_LETTER}(?:(?:${SPACE}+|-${joiner})(?:${words}|${multipliers})${NOT_LETTER})*`;
  const scales = lexicon.scales.map(([p]) => p);
  const letterScales = scales.filter((s) => s.length === 1);
  const wordScales = longestFirst(scales.filter((s) => s.length > 1));
  const scale = `(?:(?<=\\d)(?:${letterScales.join('|') || '(?!)'})|${SPACE}?(?:${wordScales}))${NOT_LETTER}\\.?`;
  const signs = CURRENCY_SIGNS.map(([p]) => p).join('|');
  const currencyWords = longestFirst(lexicon.currencies.map(([p]) => p));
  const subunits = lexicon.subunits ?? [];
  const subunitWords = subunits.length ? `|${longestFirst(subunits.map(([p]) => p))}` : '';
  const tail = `%|(?:${longestFirst([...lexicon.percent, ...lexicon.tonnes])}|${currencyWords}${subunitWords}|${ISO_CODES.join('|')})${NOT_LETTER}`;
  const half = lexicon.andAHalf ? `(?<half>${SPACE}+${lexicon.andAHalf.replace(/ /g, `${SPACE}+`)}${NOT_LETTER})?` : '';
  const qualifiers = longestFirst(lexicon.qualifiers.map(([p]) => p));
  // The figure is read first and its left edge tested after (`\k<amount>` looked for behind it), and the qualifier is
  // looked for behind the figure once found: a regex that starts with a look-behind or an optional word tests every
  // position of the text, one that starts with the figure skips most of them.
  const amount = new RegExp(
    `(?<amount>(?:(?<prefix>${signs}|(?:${ISO_CODES.join('|')})${SPACE})${SPACE}?)?` +
    `(?<sign>[-−](?=\\d))?(?<number>(?<phrase>${longestFirst(lexicon.numberPhrases.map(([p]) => p))})${NOT_LETTER}|(?<digits>${digitsPattern(lexicon)})|(?<spelled>${spelled}))${half}` +
    `(?:(?<scale>${scale})(?:${SPACE}(?<number2>\\d{1,3})(?<scale2>${scale}))?)?` +
    `(?:${SPACE}?(?<tail>${tail}))?)(?<![\\p{L}\\p{N}]\\k<amount>)(?![\\p{L}\\p{N}])`,
    'giu');
  const fraction = new RegExp(
    `(?<fraction>${longestFirst(lexicon.fractions.map(([p]) => p))})(?<![\\p{L}]\\k<fraction>)${NOT_LETTER}` +
    (lexicon.fractionFollower ? `(?=${SPACE}+${lexicon.fractionFollower}${NOT_LETTER})` : ''),
    'giu');
  const qualifierBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?<qualifier>${qualifiers})${SPACE}+$`, 'iu');
  const lookup = <T>(table: Array<[string, T]>) => {
    const compiled = table.map(([p, v]) => [whole(p), v] as const);
    return (word: string) => compiled.find(([re]) => re.test(word.trim()))?.[1];
  };
  const qualifierOf = lookup(lexicon.qualifiers);
  const fractionOf = lookup(lexicon.fractions);
  const phraseOf = lookup(lexicon.numberPhrases);
  const subunitOf = lookup(subunits.map(([p, code, factor]) => [p, [code, factor] as [string, number]]));
  const scaleOf = lookup(lexicon.scales);
  const currencyOf = lookup([...lexicon.currencies, ...CURRENCY_SIGNS, ...ISO_CODES.map((c) => [c, c] as [string, string])]);
  const percent = whole(`%|${lexicon.percent.join('|')}`);
  const tonnes = whole(lexicon.tonnes.join('|'));
  return {
    lexicon, amount, fraction, qualifierBefore,
    yearBefore: new RegExp(`(?<![\\p{L}])(?:${lexicon.yearCues.before.join('|')})[\\s,]*$`, 'iu'),
    yearAfter: new RegExp(`^[\\s,]*(?:${lexicon.yearCues.after.join('|')})${NOT_LETTER}`, 'iu'),
    qualifierOf: (w) => qualifierOf(w) ?? 'exact',
    fractionOf: (w) => fractionOf(w) ?? NaN,
    phraseOf: (w) => phraseOf(w) ?? NaN,
    scaleOf: (w) => scaleOf(w.replace(/\.$/, '')) ?? 1,
    currencyOf,
    subunitOf,
    isPercent: (w) => percent.test(w),
    isTonnes: (w) => tonnes.test(w),
  };
}

export const PATTERNS: Record<ExtractionLang, AmountPatterns> = { en: compile(en), ru: compile(ru), az: compile(az) };
