// Finds amounts in a text: money ("$2.9 billion", "3,4 млрд долларов"), percentages ("17,5%", "a third of") and
// plain numbers ("188,000", "twelve", "423,800 tons"), each with its qualifier ("over", "около").
// Digits that belong to dates, times, ordinals, years and list markers are left out.
import type { Diagnostic, Lang, MoneyMention, NumberMention, PercentMention, Qualifier } from '../../../core/index.js';
import { ISO_CODES } from './currencies.js';
import { readDigits, readNumberWords, scaled } from './numerals.js';
import { PATTERNS, type AmountPatterns } from './patterns.js';

export type AmountMention = MoneyMention | PercentMention | NumberMention;

/** Digits glued to a date or time ("17.01.2009", "11:30", "UTC+04:00"), an ordinal ("23-е") or a range of years. */
const DATE_OR_TIME_AFTER = /^(?:[.:/]\d|-\p{L}|[-–]\d{2,4}(?!\d))/u;
const DATE_OR_TIME_BEFORE = /(?:\d[.:/]|(?:UTC|GMT)\s?[+−-]|\d{4}[-–])$/u;
const LINE_START = /(?:^|\n)[ \t]*$/;
const LIST_MARK_AFTER = /^[.)]\s/;
const ISO_SET = new Set(ISO_CODES);

export function findAmountMentions(text: string, ctx: { published: string | null; lang: Lang }):
  { mentions: AmountMention[]; diagnostics: Diagnostic[] } {
  const patterns = ctx.lang === 'und' ? PATTERNS.en : PATTERNS[ctx.lang];
  const mentions: AmountMention[] = [];
  for (const m of matches(patterns.amount, text)) {
    const mention = toMention(text, m, patterns);
    if (mention) mentions.push(mention);
  }
  for (const m of matches(patterns.fraction, text)) {
    const fraction = m.groups!.fraction!;
    const start = m.index;
    const value = patterns.fractionOf(fraction);
    mentions.push(withQualifier({ kind: 'percent', value, span: [start, start + fraction.length], text: fraction },
      qualifierBefore(text, start, patterns), patterns));
  }
  return { mentions: mentions.sort((a, b) => a.span[0] - b.span[0]), diagnostics: [] };
}

/** What `matchAll` gives, by exec on the compiled regex itself: matchAll copies the regex for every text, and each
 *  copy is compiled anew. Neither pattern matches the empty string. */
function matches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) found.push(m);
  return found;
}

function toMention(text: string, m: RegExpExecArray, patterns: AmountPatterns): AmountMention | null {
  const g = m.groups!;
  const end = m.index! + m[0].length;
  const start = m.index!;
  const figure = text.slice(start, end);
  const prefix = g.prefix?.trim();
  const tail = g.tail;
  if (prefix && ISO_SET.has(prefix.toUpperCase()) && prefix !== prefix.toUpperCase()) return null;
  if (tail && ISO_SET.has(tail.toUpperCase()) && tail !== tail.toUpperCase()) return null;

  let value = readNumber(g, patterns) + (g.half ? 0.5 : 0);
  if (!Number.isFinite(value)) return null;
  if (g.sign) value = -value;
  if (g.scale) value = scaled(value, patterns.scaleOf(g.scale));
  if (g.number2 && g.scale2) value += scaled(Number(g.number2), patterns.scaleOf(g.scale2));
  const span = [start, end] as const;

  const bare = !prefix && !tail && !g.scale;
  if (isGluedToDateOrTime(text, start, end) || (bare && (isListMarker(text, start, end) || isYear(text, g, start, end, patterns)))) {
    return null;
  }
  const currency = (prefix && patterns.currencyOf(prefix)) || (tail && patterns.currencyOf(tail));
  const coin = !currency && tail ? patterns.subunitOf(tail) : undefined;
  let mention: AmountMention;
  if (coin) mention = { kind: 'money', value: scaled(value, coin[1]), unit: coin[0], span, text: figure };
  else if (currency) mention = { kind: 'money', value, unit: currency, span, text: figure };
  else if (tail && patterns.isPercent(tail)) mention = { kind: 'percent', value, span, text: figure };
  else if (tail && patterns.isTonnes(tail)) mention = { kind: 'number', value, unit: 'tonnes', span, text: figure };
  else mention = { kind: 'number', value, span, text: figure };
  return withQualifier(mention, qualifierBefore(text, start, patterns), patterns);
}

function qualifierBefore(text: string, start: number, patterns: AmountPatterns): string | undefined {
  return patterns.qualifierBefore.exec(text.slice(Math.max(0, start - 32), start))?.groups?.qualifier;
}

function readNumber(g: Record<string, string | undefined>, patterns: AmountPatterns): number {
  if (g.phrase) return patterns.phraseOf(g.phrase);
  if (g.digits) return readDigits(g.digits, patterns.lexicon);
  return readNumberWords(g.spelled!, patterns.lexicon);
}

function withQualifier<T extends AmountMention>(mention: T, word: string | undefined, patterns: AmountPatterns): T {
  const qualifier: Qualifier = word ? patterns.qualifierOf(word) : 'exact';
  return qualifier === 'exact' ? mention : { ...mention, qualifier };
}

function isGluedToDateOrTime(text: string, start: number, end: number): boolean {
  return DATE_OR_TIME_AFTER.test(text.slice(end, end + 5)) || DATE_OR_TIME_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

function isListMarker(text: string, start: number, end: number): boolean {
  return LINE_START.test(text.slice(Math.max(0, start - 20), start)) && LIST_MARK_AFTER.test(text.slice(end, end + 2));
}

/** A bare 1900–2099 next to a year cue ("in 2021", "2021 год") is a year, which the date finder reads. */
function isYear(text: string, g: Record<string, string | undefined>, start: number, end: number, patterns: AmountPatterns): boolean {
  if (!g.digits || !/^(?:19|20)\d\d$/.test(g.digits)) return false;
  return patterns.yearBefore.test(text.slice(Math.max(0, start - 20), start)) ||
    patterns.yearAfter.test(text.slice(end, end + 12));
}
