// Date and period mentions in English and Russian text: days, months, quarters, halves, years and ranges of them,
// resolved to ISO dates against the publication day where the text is relative.
import type { DateMention, DateRangeMention, Diagnostic, Lang } from '../../../core/index.js';
import { dates as en } from '../../lang/en/dates.js';
import { dates as ru } from '../../lang/ru/dates.js';
import { dates as az } from '../../lang/az/dates.js';
import { parseIsoDay } from './calendar.js';
import { buildGrammar, type Grammar, type Reading } from './grammar.js';
import type { DateLexicon } from './lexicon.js';
import { applyRangeCues, buildCues, type Cues, keepLongest, lendListYears } from './refine.js';
import { isProblem } from './resolve.js';

export type { DateLexicon } from './lexicon.js';

export interface DateContext {
  published: string | null;
  lang: Lang;
}

export interface DateMentions {
  mentions: Array<DateMention | DateRangeMention>;
  diagnostics: Diagnostic[];
}

interface Language {
  grammar: Grammar;
  cues: Cues;
}

const compile = (lexicon: DateLexicon): Language => ({ grammar: buildGrammar(lexicon), cues: buildCues(lexicon) });
const LANGUAGES: Partial<Record<Lang, Language>> = { en: compile(en), ru: compile(ru), az: compile(az) };

export function findDateMentions(text: string, ctx: DateContext): DateMentions {
  const language = languageFor(ctx.lang);
  const published = ctx.published ? parseIsoDay(ctx.published) : null;
  const readings: Reading[] = [];
  const months = monthStarts(text, language.grammar.monthName);
  for (const pattern of language.grammar.patterns) {
    if (pattern.needsMonth && months.length === 0) continue;
    if (pattern.guard && !pattern.guard.test(text)) continue;
    const read = (m: RegExpExecArray) => {
      const reading = pattern.read(m, published);
      if (reading) readings.push(reading);
    };
    if (pattern.atMonth) matchAt(pattern.atMonth, text, months, read);
    else matchAll(pattern.regex, text, read);
  }
  const chosen = applyRangeCues(text, lendListYears(text, keepLongest(readings), language.cues), language.cues);
  const result: DateMentions = { mentions: [], diagnostics: [] };
  for (const { span, result: r } of chosen) {
    const quoted = text.slice(span[0], span[1]);
    if (isProblem(r)) {
      result.diagnostics.push({
        code: `date/${r.problem}`, message: `"${quoted}": ${r.message}`, severity: 'info', span,
      });
    } else {
      result.mentions.push({ ...r, span, text: quoted } as DateMention | DateRangeMention);
    }
  }
  return result;
}

/** Languages without a lexicon still get the numeric forms ("2022-04-05", "05.04.2022") through English. */
function languageFor(lang: Lang): Language {
  return LANGUAGES[lang] ?? LANGUAGES.en!;
}

/** Where month names start, overlapping ones too, so that a pattern starting with one can be tried there only. */
function monthStarts(text: string, monthName: RegExp): number[] {
  const starts: number[] = [];
  monthName.lastIndex = 0;
  for (let m = monthName.exec(text); m; m = monthName.exec(text)) {
    starts.push(m.index);
    monthName.lastIndex = m.index + 1;
  }
  return starts;
}

/** The matches `matchAll` gives, by exec on the compiled regex itself: matchAll copies it for every text, and each
 *  copy is compiled anew. */
function matchAll(regex: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '') regex.lastIndex = nextCodePoint(text, regex.lastIndex);
    visit(m);
  }
}

/** The same matches for a pattern that can only start where one of `starts` is: leftmost first, none overlapping. */
function matchAt(sticky: RegExp, text: string, starts: number[], visit: (m: RegExpExecArray) => void): void {
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m[0] === '' ? nextCodePoint(text, start) : start + m[0].length;
    visit(m);
  }
}

function nextCodePoint(text: string, index: number): number {
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}
