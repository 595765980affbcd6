// Date and period mentions in English and Russian text: days, months, quarters, halves, years and ranges of them,
// resolved to ISO dates against the publication day where the text is relative.
import type { DateMention, DateRangeMention, Diagnostic, Lang } from '../../../core/index.js';
import { dates as en } from '../../lang/en/dates.js';
import { dates as ru } from '../../lang/ru/dates.js';
import { dates as az } from '../../lang/az/dates.js';
import { parseIsoDay } from './calendar.js';
import { buildGrammar, type DatePattern, type Reading } from './grammar.js';
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
  grammar: DatePattern[];
  cues: Cues;
}

const compile = (lexicon: DateLexicon): Language => ({ grammar: buildGrammar(lexicon), cues: buildCues(lexicon) });
const LANGUAGES: Partial<Record<Lang, Language>> = { en: compile(en), ru: compile(ru), az: compile(az) };

export function findDateMentions(text: string, ctx: DateContext): DateMentions {
  const language = languageFor(ctx.lang);
  const published = ctx.published ? parseIsoDay(ctx.published) : null;
  const readings: Reading[] = [];
  for (const pattern of language.grammar) {
    if (pattern.guard && !pattern.guard.test(text)) continue;
    pattern.regex.lastIndex = 0;
    for (const m of text.matchAll(pattern.regex)) {
      const reading = pattern.read(m, published);
      if (reading) readings.push(reading);
    }
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
