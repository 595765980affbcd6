// Regex building blocks made from a DateLexicon: month names, days, years, year references, ordinals, counts.
// Each piece takes a group name so that a pattern can hold several of them.
import type { DateLexicon } from './lexicon.js';

/** Word edges that work for Cyrillic too (\b does not). */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

/**
 * A word group that starts at a word edge, tested after the word is read: `START` written before an alternation
 * makes irregexp test every position of the text; reading the word first lets it skip most of them.
 */
export function edged(name: string, body: string): string {
  return `(?<${name}>${body})(?<![\\p{L}\\p{N}]\\k<${name}>)`;
}

export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

/** The word of a cue phrase a text cannot hold the phrase without, and that is rare: its longest. */
export function distinctiveWord(phrase: string): string {
  return phrase.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
}

export function normalise(word: string): string {
  return word.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

export interface Pieces {
  lexicon: DateLexicon;
  month(name: string): string;
  day(name: string): string;
  year(name: string): string;
  /** A year as written, or as a relative phrase ("last year", "прошлого года"), with its optional link word. */
  yearRef(name: string): string;
  ordinal(name: string): string;
  count(name: string): string;
  /** Between the ends of a range: a dash, or a connector word between spaces. */
  connector: string;
  yearWord: string;
  yearSuffix: string;
  words(list: readonly string[]): string;
}

export function buildPieces(lexicon: DateLexicon): Pieces {
  const full = Object.values(lexicon.months).flat();
  const abbreviations = Object.values(lexicon.monthAbbreviations).flat();
  const symbols = lexicon.rangeConnectors.filter((c) => !/\p{L}/u.test(c));
  const wordConnectors = lexicon.rangeConnectors.filter((c) => /\p{L}/u.test(c));
  const suffixes = alternation(lexicon.ordinalSuffixes);
  const yearWord = `(?:${alternation(lexicon.yearWords)})(?:(?<=\\.)|${END})`;
  const yearSuffix = `(?:${suffixes})?`;
  const links = lexicon.yearLinks.length ? `(?:(?:${alternation(lexicon.yearLinks)})\\s+)?` : '';
  const year = (name: string) => `(?<![\\p{L}\\p{N}.,$€£₽])(?<${name}>(?:19|20)\\d{2})(?!\\p{N}|[.,]\\p{N})`;
  return {
    lexicon,
    month: (name) =>
      edged(name, `(?:${alternation(full)})${END}|(?:${alternation(abbreviations)})(?:\\.|${END})`),
    day: (name) => `(?<![\\p{L}\\p{N}.,])(?<${name}>[12]\\d|3[01]|0?[1-9])(?!\\p{N})(?:(?:${suffixes})${END})?`,
    year,
    yearRef: (name) =>
      `${links}(?:${year(name)}(?!\\s*[-–—]\\s*\\p{N})${yearSuffix}(?:\\s*${yearWord})?|` +
      `${edged(`${name}Rel`, alternation(Object.keys(lexicon.relativeYears)))}\\s+${yearWord})`,
    ordinal: (name) => `${edged(name, `${alternation(Object.keys(lexicon.ordinals))}|[1-4](?:${suffixes})?`)}${END}`,
    count: (name) => `${edged(name, `\\d{1,2}|${alternation(Object.keys(lexicon.cardinals))}`)}${END}`,
    connector: `(?:\\s*(?:${alternation(symbols)})\\s*|\\s+(?:${alternation(wordConnectors)})\\s+)`,
    yearWord,
    yearSuffix,
    words: (list) => `(?:${alternation(list)})`,
  };
}
