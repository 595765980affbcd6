// The date grammar of one language: named patterns compiled once from its lexicon, each with a reader that turns
// a match into a resolved date, a range or a problem. Overlaps between patterns are settled later (longest wins).
import type { Day } from './calendar.js';
import type { DateLexicon } from './lexicon.js';
import { alternation, buildPieces, distinctiveWord, edged, END, normalise, type Pieces, START } from './pieces.js';
import { buildGeneralPatterns } from './general.js';
import { listedAfterCue } from './lists.js';
import * as resolve from './resolve.js';
import type { Resolution, YearRef } from './resolve.js';

export interface Reading {
  span: [number, number];
  result: Resolution;
  /** Set on a day written without a year, so that a list can lend it the year of a later item. */
  yearless?: { month: number; day: number };
  /** Set when the text wrote the year, so that earlier year-less items of a list may borrow it. */
  writtenYear?: number;
  /** Set on ranges written with both ends, which take a "from"/"с" written before them into their span. */
  bounded?: boolean;
}

type Match = RegExpExecArray;
type Reader = (m: Match, published: Day | null) => Reading | null;

export interface DatePattern {
  name: string;
  regex: RegExp;
  read: Reader;
  /** A cheap test for a word the pattern cannot match without, so most texts skip the full scan. */
  guard?: RegExp;
  /** Set when the pattern holds a month name: a text without one skips it. */
  needsMonth?: boolean;
  /** A sticky copy of `regex`, set when the pattern starts with a month name: it is tried only where one starts. */
  atMonth?: RegExp;
}

export interface Grammar {
  patterns: DatePattern[];
  /** Finds month names, once per text: where the patterns that start with one are tried. */
  monthName: RegExp;
}

export function buildGrammar(lexicon: DateLexicon): Grammar {
  const p = buildPieces(lexicon);
  const vocabulary = lookups(lexicon);
  const w = p.words;
  const yearRefTail = (name: string) => `(?:,?\\s+${p.yearRef(name)})?`;

  const monthOf = (m: Match, g: string) => vocabulary.months.get(normalise(m.groups![g]!))!;
  const numberOf = (m: Match, g: string, table: Map<string, number>) =>
    /^\d/.test(m.groups![g]!) ? parseInt(m.groups![g]!, 10) : table.get(normalise(m.groups![g]!))!;
  const refOf = (m: Match, g: string): YearRef => {
    if (m.groups![g]) return { year: Number(m.groups![g]), relative: false };
    const rel = m.groups![`${g}Rel`];
    return rel ? { offset: vocabulary.relativeYears.get(normalise(rel))! } : null;
  };
  const whole = (m: Match): [number, number] => [m.index, m.index + m[0].length];
  const group = (m: Match, g: string): [number, number] => m.indices!.groups![g]! as [number, number];
  const reading = (span: [number, number], result: Resolution, ref?: YearRef): Reading =>
    ref && 'year' in ref ? { span, result, writtenYear: ref.year } : { span, result };
  /** A year-based period: the written year, a relative one, or `fallback` from publication. */
  const withYear = (ref: YearRef, published: Day | null, fallback: (d: Day) => number,
    build: (year: number, relative: boolean) => Resolution): Resolution => {
    const year = resolve.resolveYear(ref, published, fallback);
    return 'problem' in year ? year : build(year.year, year.relative);
  };
  const dayOf = (m: Match, published: Day | null, month: number, day: number, span = whole(m)): Reading => {
    const ref = refOf(m, 'y');
    const result = withYear(ref, published, (d) => resolve.yearlessDayYear(month, day, d),
      (year, relative) => resolve.singleDay(year, month, day, relative));
    return { ...reading(span, result, ref), ...(ref ? {} : { yearless: { month, day } }) };
  };
  const daysOf = (m: Match, published: Day | null, from: [number, number], to: [number, number]): Reading => {
    const ref = refOf(m, 'y');
    return bounded(reading(whole(m), withYear(ref, published, (d) => resolve.yearlessDayYear(from[0], from[1], d),
      (year, relative) => resolve.dayRange(
        { year, month: from[0], day: from[1] }, { year, month: to[0], day: to[1] }, relative)), ref));
  };
  const publicationYear = (d: Day) => d.year;
  const bounded = (r: Reading): Reading => ({ ...r, bounded: true });
  const countOpener = new RegExp(`${START}${w(lexicon.monthCountOpeners)}\\s+$`, 'iu');
  /** "for 10 months": the opener is looked for behind the count, so the scan starts at a number. */
  const withOpener = (m: Match): [number, number] | null => {
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    const o = countOpener.exec(before);
    return o ? [m.index - before.length + o.index, m.index + m[0].length] : null;
  };

  /** Both ends written: "1-15 March", "March 1 till December 26, 2021", "January-October", "2018-2020"; with
   *  `opener` the pattern also takes the word that opens it ("between January and October 2022"). */
  const ranges = (prefix: string, connector: string, opener = ''): Array<[string, string, Reader]> => [
    [`${prefix}day-range`, `${opener}${p.day('d1')}${connector}${p.day('d2')}\\s+${p.month('mo')}${yearRefTail('y')}`,
      (m, pub) => daysOf(m, pub, [monthOf(m, 'mo'), +m.groups!.d1!], [monthOf(m, 'mo'), +m.groups!.d2!])],
    [`${prefix}day-month-range`,
      `${opener}${p.day('d1')}\\s+${p.month('m1')}${connector}${p.day('d2')}\\s+${p.month('m2')}${yearRefTail('y')}`,
      (m, pub) => daysOf(m, pub, [monthOf(m, 'm1'), +m.groups!.d1!], [monthOf(m, 'm2'), +m.groups!.d2!])],
    [`${prefix}month-day-range`, `${opener}${p.month('mo')}\\s+${p.day('d1')}${connector}${p.day('d2')}${yearRefTail('y')}`,
      (m, pub) => daysOf(m, pub, [monthOf(m, 'mo'), +m.groups!.d1!], [monthOf(m, 'mo'), +m.groups!.d2!])],
    [`${prefix}month-day-month-range`,
      `${opener}${p.month('m1')}\\s*${p.day('d1')}${connector}${p.month('m2')}\\s*${p.day('d2')}${yearRefTail('y')}`,
      (m, pub) => daysOf(m, pub, [monthOf(m, 'm1'), +m.groups!.d1!], [monthOf(m, 'm2'), +m.groups!.d2!])],
    [`${prefix}month-range`, `${opener}${p.month('m1')}${connector}${p.month('m2')}${yearRefTail('y')}`,
      (m, pub) => {
        const [from, to] = [monthOf(m, 'm1'), monthOf(m, 'm2')];
        const ref = refOf(m, 'y');
        const fallback = from === 1 ? (d: Day) => resolve.cumulativePeriodYear(to, d) : publicationYear;
        return bounded(reading(whole(m), withYear(ref, pub, fallback, (y, rel) => resolve.monthRange(y, from, to, rel)), ref));
      }],
    [`${prefix}year-range`, `${opener}${p.year('y1')}${p.yearSuffix}(?:\\s*${p.yearWord})?${connector}${p.year('y2')}` +
      `${p.yearSuffix}(?:\\s*(?:${w(lexicon.yearsWords)}(?:(?<=\\.)|${END})|${p.yearWord}))?`,
      (m) => {
        const [from, to] = [+m.groups!.y1!, +m.groups!.y2!];
        return to > from && to - from <= 30 ? bounded(reading(whole(m), resolve.yearRange(from, to))) : null;
      }],
  ];
  const between = lexicon.betweenOpeners?.length && lexicon.betweenJoiners?.length ? {
    opener: `${edged('opener', alternation(lexicon.betweenOpeners))}\\s+`,
    connector: `\\s+${w(lexicon.betweenJoiners)}\\s+`,
  } : null;
  const listed = listedAfterCue(lexicon);

  /** "over the past five years": the whole years before publication. */
  const pastYears = (cues: readonly string[]): [string, string, Reader] =>
    ['past-years', `${edged('cue', alternation(cues))}\\s+${p.count('n')}\\s+${w(lexicon.yearsCountWords)}${END}`,
      (m, pub) => {
        if (!pub) return reading(whole(m), resolve.NO_REFERENCE);
        const n = numberOf(m, 'n', vocabulary.cardinals);
        return reading(whole(m), resolve.yearRange(pub.year - n, pub.year - 1, true));
      }];
  /** Cues are looked for behind a year or a month once it is found: scanning for them first is slower. */
  const yearCue = new RegExp(`${START}${w(lexicon.yearCues)}[\\s-]+(?:the\\s+)?$`, 'iu');
  const monthCue = new RegExp(`${START}${w(lexicon.monthCues)}[\\s-]+$`, 'iu');
  const cueBefore = (cue: RegExp, m: Match) => cue.test(m.input.slice(Math.max(0, m.index - 32), m.index));
  const patterns: Array<[string, string, Reader]> = [
    ['iso-day', `(?<![\\p{N}.\\-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\p{N}])`,
      (m) => reading(whole(m), resolve.singleDay(+m.groups!.y!, +m.groups!.mo!, +m.groups!.d!))],
    ['dotted-day', `(?<![\\p{N}.,])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>(?:19|20)\\d{2})(?!\\p{N})${p.yearSuffix}(?:\\s*${p.yearWord})?`,
      (m) => reading(whole(m), resolve.singleDay(+m.groups!.y!, +m.groups!.mo!, +m.groups!.d!))],
    ['day-month', `${p.day('d')}\\s+(?:of\\s+)?${p.month('mo')}${yearRefTail('y')}`,
      (m, pub) => dayOf(m, pub, monthOf(m, 'mo'), +m.groups!.d!)],
    ['month-day', `${p.month('mo')}\\s*${p.day('d')}${yearRefTail('y')}`,
      (m, pub) => dayOf(m, pub, monthOf(m, 'mo'), +m.groups!.d!)],
    ...ranges('', p.connector),
    ...(between ? ranges('between-', between.connector, between.opener) : []),
    ['month-year', `${p.month('mo')},?\\s+${p.yearRef('y')}`,
      (m, pub) => {
        const ref = refOf(m, 'y');
        return reading(whole(m), withYear(ref, pub, publicationYear,
          (y, rel) => resolve.monthRange(y, monthOf(m, 'mo'), monthOf(m, 'mo'), rel)), ref);
      }],
    ['month-after-cue', p.month('mo'),
      (m, pub) => {
        if (!cueBefore(monthCue, m)) return null;
        const month = monthOf(m, 'mo');
        return reading(whole(m), withYear(null, pub, (d) => resolve.yearlessMonthYear(month, d),
          (y, rel) => resolve.monthRange(y, month, month, rel)));
      }],
    ['quarter', `(?:the\\s+)?${p.ordinal('n')}\\s+${w(lexicon.quarterWords)}${END}${yearRefTail('y')}`,
      (m, pub) => {
        const ref = refOf(m, 'y');
        return reading(whole(m), withYear(ref, pub, publicationYear,
          (y, rel) => resolve.quarter(y, numberOf(m, 'n', vocabulary.ordinals), rel)), ref);
      }],
    ['quarter-code', `${START}(?:Q(?<n>[1-4])|(?<n2>[1-4])Q)\\s*['’]?(?:${p.year('y')}|(?<yy>\\d{2})${END})`,
      (m) => reading(whole(m), resolve.quarter(m.groups!.y ? +m.groups!.y : 2000 + +m.groups!.yy!,
        +(m.groups!.n ?? m.groups!.n2!)))],
    ['half', `(?:the\\s+)?${p.ordinal('n')}\\s+${w(lexicon.halfWords)}${END}${yearRefTail('y')}`,
      (m, pub) => {
        const ref = refOf(m, 'y');
        return reading(whole(m), withYear(ref, pub, publicationYear,
          (y, rel) => resolve.half(y, numberOf(m, 'n', vocabulary.ordinals), rel)), ref);
      }],
    ['half-code', `${START}(?:H(?<n>[12])|(?<n2>[12])H)\\s*['’]?${p.year('y')}`,
      (m) => reading(whole(m), resolve.half(+m.groups!.y!, +(m.groups!.n ?? m.groups!.n2!)))],
    ['month-count', `${p.count('n')}\\s+` +
      `${w(lexicon.monthsWords)}(?:(?<=\\.)|${END})${yearRefTail('y')}`,
      (m, pub) => {
        const ref = refOf(m, 'y');
        const n = numberOf(m, 'n', vocabulary.cardinals);
        const span = withOpener(m) ?? whole(m);
        if ((span[0] === m.index && !ref) || n < 1 || n > 12) return null;
        return reading(span, withYear(ref, pub, (d) => resolve.cumulativePeriodYear(n, d),
          (y, rel) => resolve.monthRange(y, 1, n, rel)), ref);
      }],
    ['year', `${p.year('y')}${p.yearSuffix}(?<word>\\s*${p.yearWord})?(?!\\s*(?:${w(lexicon.amountWords)})(?:${END}|(?<=%)))`,
      (m) => m.groups!.word || cueBefore(yearCue, m)
        ? reading(whole(m), resolve.yearRange(+m.groups!.y!), { year: +m.groups!.y!, relative: false })
        : null],
    // The list before the year is looked for once the year is read: a look-behind over it, written first, is tried
    // at every position and walks back over every run of spaces and every list.
    ['listed-year', `${p.year('y')}${p.yearSuffix}(?:\\s*(?:${p.yearWord}|${w(lexicon.yearsWords)}${END}))?(?!\\s*(?:${w(lexicon.amountWords)})(?:${END}|(?<=%)))`,
      (m) => listed(m.input, m.index)
        ? reading(whole(m), resolve.yearRange(+m.groups!.y!), { year: +m.groups!.y!, relative: false })
        : null],
    ['relative-year', `${edged('rel', alternation(Object.keys(lexicon.relativeYears)))}\\s+${p.yearWord}`,
      (m, pub) => reading(whole(m), withYear({ offset: vocabulary.relativeYears.get(normalise(m.groups!.rel!))! },
        pub, publicationYear, (y, rel) => resolve.yearRange(y, y, rel)))],
    ['relative-day', `${edged('rel', alternation(Object.keys(lexicon.relativeDays)))}${END}`,
      (m, pub) => reading(whole(m), resolve.relativeDay(vocabulary.relativeDays.get(normalise(m.groups!.rel!))!, pub))],
    ['year-start', `${edged('cue', alternation(lexicon.yearStartCues))}\\s+(?:${p.yearRef('y')}|${w(lexicon.theYear)}${END})`,
      (m, pub) => {
        const year = resolve.resolveYear(refOf(m, 'y'), pub, publicationYear);
        return reading(whole(m), 'problem' in year ? year : resolve.sinceYearStart(year.year, pub));
      }],
    ['next-years', `${edged('cue', alternation(lexicon.nextYearsCues))}\\s+${p.count('n1')}(?:${p.connector}${p.count('n2')})?\\s+` +
      `${w(lexicon.yearsCountWords)}${END}`,
      (m, pub) => {
        if (!pub) return reading(whole(m), resolve.NO_REFERENCE);
        const n = numberOf(m, m.groups!.n2 ? 'n2' : 'n1', vocabulary.cardinals);
        return reading(whole(m), resolve.yearRange(pub.year + 1, pub.year + n, true));
      }],
    ...(lexicon.pastYearsCues?.length ? [pastYears(lexicon.pastYearsCues)] : []),
  ];
  const guards: Array<[RegExp, readonly string[]]> = [
    [/^between-/, lexicon.betweenOpeners ?? []], [/^past-years$/, lexicon.pastYearsCues ?? []],
    [/^next-years$/, lexicon.nextYearsCues], [/^quarter$/, lexicon.quarterWords], [/^half$/, lexicon.halfWords],
    [/^month-count$/, lexicon.monthsWords], [/^year-start$/, lexicon.yearStartCues],
    [/^relative-day$/, Object.keys(lexicon.relativeDays)],
  ];
  const guardOf = (name: string) => {
    const words = guards.find(([n]) => n.test(name))?.[1];
    return words?.length ? new RegExp(alternation(words.map(distinctiveWord)), 'iu') : undefined;
  };
  const all = [
    ...patterns.map(([name, source, read]) =>
      ({ name, regex: new RegExp(source, source.includes('(?<body>') ? 'giud' : 'giu'), read, guard: guardOf(name) })),
    ...buildGeneralPatterns(lexicon, { pieces: p, monthOf, refOf, withYear }),
  ];
  return { patterns: all.map((pattern) => withMonthAnchor(pattern, p)), monthName: new RegExp(p.month('mo'), 'giu') };
}

/** Month patterns are the costliest scans: marks those a text without a month name skips, and those tried only
 *  where one starts. */
function withMonthAnchor(pattern: DatePattern, p: Pieces): DatePattern {
  const source = pattern.regex.source;
  const monthWords = `(?:${alternation(Object.values(p.lexicon.months).flat())})${END}`;
  if (!source.includes(monthWords)) return pattern;
  const first = /^\(\?<(\w+)>/.exec(source)?.[1];
  const startsWithMonth = first !== undefined && source.startsWith(p.month(first));
  return {
    ...pattern,
    needsMonth: true,
    ...(startsWithMonth ? { atMonth: new RegExp(source, `${pattern.regex.flags}y`) } : {}),
  };
}

function lookups(lexicon: DateLexicon) {
  const months = new Map<string, number>();
  for (const table of [lexicon.months, lexicon.monthAbbreviations]) {
    for (const [month, forms] of Object.entries(table)) for (const f of forms) months.set(normalise(f), +month);
  }
  const table = (record: Record<string, number>) => new Map(Object.entries(record).map(([k, v]) => [normalise(k), v]));
  return {
    months,
    ordinals: table(lexicon.ordinals),
    cardinals: table(lexicon.cardinals),
    relativeYears: table(lexicon.relativeYears),
    relativeDays: table(lexicon.relativeDays),
  };
}
