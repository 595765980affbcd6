// The shape of a language's indicator cues (src/extract/lang/<lang>/indicators.ts) and their compiled form.
// Patterns are regex sources, matched case-insensitively at word starts.
import type { ExtractionLang, Indicator, Lang } from '../../../core/index.js';
import { cues as en } from '../../lang/en/indicators.js';
import { cues as ru } from '../../lang/ru/indicators.js';
import { cues as az } from '../../lang/az/indicators.js';
import { WordStartPattern } from '../shared/word-start.js';

export interface IndicatorCues {
  /** Words naming what a figure measures; the nearest before the figure (else after it in its clause) wins. */
  indicators: Array<[pattern: string, indicator: Indicator]>;
  /** Nouns a number counts ("150 agreements", "73 entities"); "other" counts carry a label. */
  countNouns: Array<[pattern: string, indicator: Indicator, label?: string]>;
  /** Words of change before a figure ("increased", "рост"): a percentage there is a growth rate. */
  change: string[];
  /** Words of decline: a growth rate after them is negative. */
  decline: string[];
  /** Words right after a percentage that make it a change ("increase", "more than"). */
  changeAfter: string[];
  /** The preposition of a change's size ("by", "на"), right before the figure. */
  by: string[];
  /** The preposition of a level reached ("to", "до"), right before the figure. */
  reaching: string[];
  share: string[];
  nationalCurrency: string[];
  /** Forecasts and targets: a figure after these in its clause is not a measurement. */
  forecast: string[];
  /** Before a date that is the base of a comparison ("compared to 2020"), not the figure's period. */
  comparison: string[];
  /** Words after a number that make it a ratio ("3 times", "two-fold"). */
  ratio: string[];
  /** Words next to a number that count part of an earlier count ("73 entities…, 18 of them", "из них 18"). */
  backReference: string[];
  /** Words pointing back at the indicator of the sentence before ("this figure amounted to…"). */
  anaphora: string[];
  /** Where a clause ends inside a sentence. */
  clauseBreaks: string[];
  /** Prepositions before a country that give a flow's origin and destination. */
  origin: string[];
  destination: string[];
}

export interface CompiledCues {
  /** All indicator words in one alternation (group `i<k>` is the k-th entry), so a sentence is scanned once. */
  indicators: WordStartPattern;
  indicatorOf: Indicator[];
  /** All counted nouns in one alternation (group `n<k>`): the fewest words between number and noun wins. */
  countNoun: RegExp;
  countNouns: Array<{ indicator: Indicator; label?: string }>;
  change: WordStartPattern;
  decline: WordStartPattern;
  changeAfter: RegExp;
  byBefore: WordStartPattern;
  reachingBefore: WordStartPattern;
  share: WordStartPattern;
  nationalCurrency: WordStartPattern;
  forecast: WordStartPattern;
  comparisonBefore: WordStartPattern;
  ratioAfter: RegExp;
  backReferenceAfter: RegExp;
  backReferenceBefore: WordStartPattern;
  anaphora: WordStartPattern;
  clauseBreak: RegExp;
  originBefore: WordStartPattern;
  destinationBefore: WordStartPattern;
}

/** What may not come before a cue: a cue starts a word. */
const LETTER = '[\\p{L}]';
const any = (items: string[]) => `(?:${[...items].sort((a, b) => b.length - a.length).join('|')})`;
const words = (items: string[]) => new WordStartPattern(LETTER, any(items), 'iu');

function compile(c: IndicatorCues): CompiledCues {
  return {
    indicators: new WordStartPattern(LETTER, `(?:${c.indicators.map(([p], k) => `(?<i${k}>${p})`).join('|')})(?![\\p{L}])`, 'iu'),
    indicatorOf: c.indicators.map(([, indicator]) => indicator),
    // Each word is read whole: a word that could end anywhere would be split every way before the search fails.
    countNoun: new RegExp(`^(?:[\\s,]*\\p{L}[\\p{L}-]*(?![\\p{L}-])){0,4}?\\s+(?:${c.countNouns.map(([p], k) => `(?<n${k}>${p})`).join('|')})(?![\\p{L}])`, 'iu'),
    countNouns: c.countNouns.map(([, indicator, label]) => ({ indicator, label })),
    change: words(c.change),
    decline: words(c.decline),
    changeAfter: new RegExp(`^[\\s)]*(?:year-on-year\\s+|г/г\\s+)?${any(c.changeAfter)}`, 'iu'),
    byBefore: new WordStartPattern(LETTER, `${any(c.by)}(?:\\s+[\\p{L}]+){0,2}\\s*$`, 'iu'),
    reachingBefore: new WordStartPattern(LETTER, `${any(c.reaching)}(?:\\s+[\\p{L}]+){0,2}\\s*$`, 'iu'),
    share: words(c.share),
    nationalCurrency: words(c.nationalCurrency),
    forecast: words(c.forecast),
    comparisonBefore: new WordStartPattern(LETTER, `${any(c.comparison)}[\\s\\p{L}]{0,25}$`, 'iu'),
    anaphora: words(c.anaphora),
    ratioAfter: new RegExp(`^\\s*${any(c.ratio)}`, 'iu'),
    backReferenceAfter: new RegExp(`^\\s*${any(c.backReference)}(?![\\p{L}])`, 'iu'),
    backReferenceBefore: new WordStartPattern(LETTER, `${any(c.backReference)}\\s*$`, 'iu'),
    clauseBreak: new RegExp(`;|\\s[–—]\\s|[()]|,\\s+${any(c.clauseBreaks)}(?![\\p{L}])`, 'giu'),
    originBefore: new WordStartPattern(LETTER, `${any(c.origin)}\\s+(?:the\\s+)?$`, 'iu'),
    destinationBefore: new WordStartPattern(LETTER, `${any(c.destination)}\\s+(?:the\\s+)?$`, 'iu'),
  };
}

const COMPILED: Record<ExtractionLang, CompiledCues> = { en: compile(en), ru: compile(ru), az: compile(az) };

export function cuesFor(lang: Lang): CompiledCues {
  return lang === 'und' ? COMPILED.en : COMPILED[lang];
}
