// A document's title as written: its modifiers, the head noun, and the complement up to a clause boundary
// ("Action Plan for the development of key areas of Russian-Azerbaijani cooperation for the period up to 2024").
import type { InstrumentType } from '../../../core/index.js';
import type { InstrumentsLexicon } from './lexicon.js';
import { matchesOf } from '../shared/matches.js';
import { WordStartPattern } from '../shared/word-start.js';

export interface CompiledInstrumentsLexicon {
  heads: WordStartPattern;
  types: { type: InstrumentType; pattern: RegExp }[];
  datedPlural: { type: InstrumentType; pattern: WordStartPattern; singular: string };
  modifier: RegExp;
  determiner: RegExp;
  complement: RegExp;
  linked: RegExp | null;
  stop: RegExp;
  and: RegExp;
  andContinues: RegExp;
  reference: WordStartPattern;
  datedBy: RegExp;
  signedBetween: RegExp;
  signing: WordStartPattern;
  signedBy: { pattern: RegExp; phrase: string; and: string } | null;
  session: { ending: RegExp; body: RegExp; joiner: string } | null;
}

export interface TitleMatch {
  type: InstrumentType;
  title: string;
  start: number;
  end: number;
  /** Only the head noun was found: "the agreement", "a road map". */
  bare: boolean;
}

const LETTER = '[\\p{L}]';
const WORD = /[\p{L}\p{N}’'«»“”"()–-]+|[,;:.!?]/gu;
const MAX_WORDS = 36;
const MAX_MODIFIERS = 4;

export function compileInstrumentsLexicon(lexicon: InstrumentsLexicon): CompiledInstrumentsLexicon {
  const whole = (source: string, flags = 'iu') => new RegExp(`^(?:${source})$`, flags);
  return {
    heads: new WordStartPattern(LETTER, `(?:${lexicon.heads.map((h) => h.pattern).join('|')})(?![\\p{L}])`.replace(/ /gu, '\\s+'), 'iu'),
    types: lexicon.heads.map((h) => ({ type: h.type, pattern: whole(h.pattern.replace(/ /gu, '\\s+')) })),
    datedPlural: { ...lexicon.datedPlural, pattern: new WordStartPattern(LETTER, `(?:${lexicon.datedPlural.pattern})(?![\\p{L}])`, 'iu') },
    modifier: whole(lexicon.modifier, 'u'),
    determiner: whole(lexicon.determiner),
    complement: whole(lexicon.complement),
    linked: lexicon.linked ? whole(lexicon.linked) : null,
    stop: whole(lexicon.stop, 'u'),
    and: whole(lexicon.and),
    andContinues: whole(lexicon.andContinues, 'u'),
    reference: new WordStartPattern(LETTER, `(?:${lexicon.reference.replace(/ /gu, '\\s+')})(?![\\p{L}])`, 'iu'),
    datedBy: new RegExp(`^\\s*(?:${lexicon.datedBy})\\s+$`, 'iu'),
    signedBetween: new RegExp(`^\\s+${lexicon.signedBetween}`, 'iu'),
    signing: new WordStartPattern(LETTER, `(?:${lexicon.signing})(?![\\p{L}])`, 'iu'),
    session: lexicon.session ? {
      ending: new RegExp(`(?:${lexicon.session.ending.replace(/ /gu, '\\s+')})$`, 'iu'),
      body: new RegExp(lexicon.session.body.replace(/ /gu, '\\s+'), 'iu'),
      joiner: lexicon.session.joiner,
    } : null,
    signedBy: lexicon.signedBy
      ? { ...lexicon.signedBy, pattern: new RegExp(`^\\s*(?:${lexicon.signedBy.pattern.replace(/ /gu, '\\s+')})\\s+`, 'iu') }
      : null,
  };
}

/** Every singular document head in a sentence, grown into its title; a title ends before a date of signing. */
export function titlesIn(text: string, offset: number, lexicon: CompiledInstrumentsLexicon, dateStarts: number[]): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (const m of lexicon.heads.matches(text)) {
    const type = lexicon.types.find((t) => t.pattern.test(m[0]))?.type;
    if (!type) continue;
    const headStart = m.index!, headEnd = headStart + m[0].length;
    const start = modifiersStart(text, headStart, lexicon);
    const { end, pieces } = complementEnd(text, headEnd, lexicon, dateStarts.map((d) => d - offset));
    const title = (text.slice(start, headEnd) + pieces).replace(/\s+/gu, ' ').trim();
    out.push({ type, title, start: offset + start, end: offset + end, bare: start === headStart && !pieces });
  }
  return out;
}

function modifiersStart(text: string, headStart: number, lexicon: CompiledInstrumentsLexicon): number {
  const before = matchesOf(WORD, text.slice(0, headStart));
  let start = headStart;
  for (let i = before.length - 1, n = 0; i >= 0 && n < MAX_MODIFIERS; i--, n++) {
    const w = before[i];
    if (/\S/u.test(text.slice(w.index! + w[0].length, start)) || !lexicon.modifier.test(w[0])) break;
    if (lexicon.determiner.test(w[0])) break;
    start = w.index!;
  }
  return start;
}

function complementEnd(text: string, headEnd: number, lexicon: CompiledInstrumentsLexicon, dateStarts: number[]):
  { end: number; pieces: string } {
  let from = headEnd;
  const passive = lexicon.signedBetween.exec(text.slice(headEnd));
  if (passive) from = headEnd + passive[0].length;
  const words = firstWords(text.slice(from), MAX_WORDS);
  if (!words.length || !lexicon.complement.test(words[0][0])) return { end: headEnd, pieces: '' };
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0];
    if (w === ',' && /^\p{Lu}/u.test(words[i + 1]?.[0] ?? '') && /^\p{Lu}/u.test(words[i - 1]?.[0] ?? '') && !lexicon.stop.test(words[i + 1][0])) continue;
    if (i > 0 && lexicon.linked?.test(`${words[i - 1][0]} ${w}`)) {
      last = i;
      continue;
    }
    if (/^[,;:.!?]$/u.test(w) || (!lexicon.complement.test(w) && lexicon.stop.test(w))) break;
    if (lexicon.and.test(w) && !continuesTitle(words, i, lexicon)) break;
    if (dateStarts.includes(from + words[i].index!)) {
      if (i > 0 && lexicon.complement.test(words[i - 1][0])) last = i - 2;
      break;
    }
    last = i;
  }
  if (last < 0) return { end: headEnd, pieces: '' };
  const end = from + words[last].index! + words[last][0].length;
  const pieces = (from > headEnd ? ' ' : '') + text.slice(from > headEnd ? from : headEnd, end);
  return { end, pieces: pieces.replace(/[\s(«“"]+$/u, '') };
}

/** The first words of a text, read no further than needed. */
function firstWords(text: string, count: number): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  while (words.length < count) {
    const m = WORD.exec(text);
    if (!m) break;
    words.push(m);
  }
  WORD.lastIndex = 0;
  return words;
}

/** "and" continues a title into a name ("Russia and Azerbaijan", "and the Republic of …") or a parallel verb
 * ("establishing and developing"), not into a new clause. */
function continuesTitle(words: RegExpMatchArray[], i: number, lexicon: CompiledInstrumentsLexicon): boolean {
  const next = words[i + 1]?.[0] ?? '';
  const after = words[i + 2]?.[0] ?? '';
  return /^[\p{Lu}"“«]/u.test(next) || lexicon.andContinues.test(next) ||
    (lexicon.determiner.test(next) && /^\p{Lu}/u.test(after));
}

/** The clause after a title that names its signatories ("… signed by Deputy Prime Minister A and B,"), or null. */
export function signatoriesClause(text: string, titleEnd: number, lexicon: CompiledInstrumentsLexicon): [number, number] | null {
  const by = lexicon.signedBy?.pattern.exec(text.slice(titleEnd, titleEnd + 40));
  if (!by) return null;
  const from = titleEnd + by[0].length;
  const stop = /[,;:!?(]/u.exec(text.slice(from));
  return [from, stop ? from + stop.index : text.length];
}
