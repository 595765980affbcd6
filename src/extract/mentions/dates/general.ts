// General date forms beyond news prose, from a language's optional `general` lexicon: relative offsets ("3 days ago",
// "через 2 недели"), weeks and months ("last week", "в прошлом месяце"), weekdays, parts of a year or month
// ("early 2022", "в конце марта"), seasons, decades and numeric days ("5/3/2021", "2021/03/05", "2021.03.05").
// Each pattern carries a guard: a cheap test for a word it cannot match without, so most texts skip the scan.
import type { Day } from './calendar.js';
import type { DatePattern, Reading } from './grammar.js';
import type { DateLexicon } from './lexicon.js';
import { alternation, distinctiveWord, edged, END, normalise, type Pieces, START } from './pieces.js';
import * as resolve from './resolve.js';
import type { Resolution, YearRef } from './resolve.js';

type Match = RegExpExecArray;

/** What the main grammar lends these patterns: month names, counts and year references as it reads them. */
export interface GrammarTools {
  pieces: Pieces;
  monthOf(m: Match, group: string): number;
  refOf(m: Match, group: string): YearRef;
  withYear(ref: YearRef, published: Day | null, fallback: (d: Day) => number,
    build: (year: number, relative: boolean) => Resolution): Resolution;
}

const table = (record: Record<string, number>) => new Map(Object.entries(record).map(([k, v]) => [normalise(k), v]));
const words = (list: Iterable<string>) => `(?:${alternation(list)})`;
/** A guard from the rarest-looking word of each phrase (or a stem), matched case-insensitively anywhere. */
const guard = (list: Iterable<string>) => new RegExp(alternation([...list].map(distinctiveWord)), 'iu');

export function buildGeneralPatterns(lexicon: DateLexicon, tools: GrammarTools): DatePattern[] {
  const g = lexicon.general;
  if (!g) return [];
  const p = tools.pieces;
  const whole = (m: Match): [number, number] => [m.index, m.index + m[0].length];
  const reading = (m: Match, result: Resolution): Reading => ({ span: whole(m), result });
  const units = new Map(Object.entries(g.offsetUnits).map(([k, v]) => [normalise(k), v]));
  const unit = `${words(Object.keys(g.offsetUnits))}${END}`;
  const count = `(?:\\d{1,3}|${words([...Object.keys(lexicon.cardinals), ...g.oneWords])})`;
  const countOf = (raw: string | undefined) =>
    raw === undefined || g.oneWords.some((w) => normalise(w) === normalise(raw)) ? 1 : /^\d/.test(raw)
      ? parseInt(raw, 10) : table(lexicon.cardinals).get(normalise(raw))!;
  const bare = new Set(g.bareUnits.map(normalise));
  /** "a few years ago" has no count: only a unit that stands for one by itself ("год назад") goes without. */
  const counted = (m: Match) => m.groups!.n !== undefined || bare.has(normalise(m.groups!.u!));
  const weekRel = table(g.relativeWeeks);
  const monthRel = table(g.relativeMonths);
  const weekdayNames = new Map<string, number>();
  for (const [n, forms] of Object.entries(g.weekdays)) for (const f of forms) weekdayNames.set(normalise(f), +n);
  const modifiers = table(g.weekdayModifiers);
  const parts = table(g.periodParts) as Map<string, 1 | 2 | 3>;
  const yearEnd = new Set(g.yearEndParts.map(normalise));
  const seasons = table(g.seasons);
  const partWords = words(Object.keys(g.periodParts));
  const months = Object.values(lexicon.months).flat();
  /** A weekday that opens a written date ("Friday, March 5, 2021") is part of that date, not a day of its own. */
  const datedAfter = new RegExp(`^,?\\s+(?:the\\s+)?(?:\\d|${alternation(months)})`, 'iu');

  const patterns: Array<[string, string, (m: Match, pub: Day | null) => Reading | null, RegExp]> = [
    ['offset-ago', `${START}(?:(?<n>${count})\\s+)?(?<u>${unit})\\s+${words(g.agoWords)}${END}`,
      (m, pub) => counted(m) ? reading(m, resolve.shiftedDay(pub, -countOf(m.groups!.n), units.get(normalise(m.groups!.u!))!))
        : null,
      guard(g.agoWords)],
    ['offset-later', `${edged('cue', alternation(g.laterWords))}\\s+(?:(?<n>${count})\\s+)?(?<u>${unit})(?!\\s+of${END})`,
      (m, pub) => counted(m) ? reading(m, resolve.shiftedDay(pub, countOf(m.groups!.n), units.get(normalise(m.groups!.u!))!))
        : null,
      guard(g.laterWords)],
    ['relative-week', `${edged('rel', alternation(Object.keys(g.relativeWeeks)))}${END}`,
      (m, pub) => reading(m, resolve.weekRange(pub, weekRel.get(normalise(m.groups!.rel!))!)),
      guard(Object.keys(g.offsetUnits).filter((u) => g.offsetUnits[u] === 'week').map((u) => u.slice(0, 4)))],
    ['relative-month', `${edged('rel', alternation(Object.keys(g.relativeMonths)))}${END}`,
      (m, pub) => reading(m, resolve.relativeMonth(pub, monthRel.get(normalise(m.groups!.rel!))!)),
      guard(Object.keys(g.offsetUnits).filter((u) => g.offsetUnits[u] === 'month').map((u) => u.slice(0, 4)))],
    ['weekday', `${START}(?:(?<mod>${words(Object.keys(g.weekdayModifiers))})\\s+)?(?<wd>${words(weekdayNames.keys())})${END}`,
      (m, pub) => {
        if (datedAfter.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
        const mod = m.groups!.mod ? modifiers.get(normalise(m.groups!.mod))! : null;
        return reading(m, resolve.weekday(pub, weekdayNames.get(normalise(m.groups!.wd!))!, mod));
      },
      guard([...weekdayNames.keys()].map((w) => w.slice(0, 4)))],
    ['year-part', `${edged('part', partWords)}[\\s-]+(?:of\\s+)?${p.yearRef('y')}`,
      (m, pub) => {
        const part = parts.get(normalise(m.groups!.part!))!;
        if (yearEnd.has(normalise(m.groups!.part!))) return null;
        return reading(m, tools.withYear(tools.refOf(m, 'y'), pub, (d) => d.year,
          (y, rel) => resolve.yearPart(y, part, rel)));
      },
      guard(Object.keys(g.periodParts))],
    ['month-part', `${edged('part', partWords)}[\\s-]+(?:of\\s+)?${p.month('mo')}(?:,?\\s+${p.yearRef('y')})?`,
      (m, pub) => {
        const month = tools.monthOf(m, 'mo');
        const ref = tools.refOf(m, 'y');
        return reading(m, tools.withYear(ref, pub, (d) => resolve.yearlessMonthYear(month, d),
          (y, rel) => resolve.monthPart(y, month, parts.get(normalise(m.groups!.part!))!, rel)));
      },
      guard(Object.keys(g.periodParts))],
    ['season', `(?:the\\s+)?${edged('s', alternation(Object.keys(g.seasons)))}\\s+${p.yearRef('y')}`,
      (m, pub) => reading(m, tools.withYear(tools.refOf(m, 'y'), pub, (d) => d.year,
        (y, rel) => resolve.season(y, seasons.get(normalise(m.groups!.s!))!, rel))),
      guard(Object.keys(g.seasons).map((s) => s.slice(0, 4)))],
    ['decade', `${START}(?:the\\s+)?['’]?(?<y>(?:19|20)\\d0|\\d0)(?:${alternation(g.decadeSuffixes)})${END}` +
      `(?:\\s+${words(lexicon.yearsWords)}(?:(?<=\\.)|${END}))?`,
      (m, pub) => reading(m, resolve.decade(m.groups!.y!, pub)),
      new RegExp(`\\d0(?:${alternation(g.decadeSuffixes)})`, 'iu')],
    ['slashed-day', `(?<![\\p{N}/.])(?:(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>(?:19|20)\\d{2})|` +
      `(?<y2>(?:19|20)\\d{2})(?<sep>[/.])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2}))(?![\\p{N}/]|\\.\\p{N})`,
      (m) => {
        const gr = m.groups!;
        if (gr.y2) return reading(m, resolve.singleDay(+gr.y2, +gr.mo!, +gr.d!));
        const [a, b] = [+gr.a!, +gr.b!];
        const monthFirst = g.slashMonthFirst ? a <= 12 : b > 12;
        return reading(m, monthFirst ? resolve.singleDay(+gr.y!, a, b) : resolve.singleDay(+gr.y!, b, a));
      },
      /\d[/.]\d{1,2}[/.]\d/],
  ];
  return patterns.map(([name, source, read, test]) => ({ name, regex: new RegExp(source, 'giu'), read, guard: test }));
}

