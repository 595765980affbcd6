// The words a language uses to write dates: the data the date grammar is built from.
// Each language folder (src/extract/lang/<code>/dates.ts) exports one DateLexicon.

export interface DateLexicon {
  /** Every written form of each month name, lower-case, indexed by month (1..12). */
  months: Record<number, readonly string[]>;
  /** Short forms that may carry a trailing dot: "jan." "сент.". */
  monthAbbreviations: Record<number, readonly string[]>;
  /** Ordinal words and roman numerals for quarters and halves: "first" → 1, "II" → 2. */
  ordinals: Record<string, number>;
  /** Endings written after an ordinal digit or a day: "1st", "1-й", "22nd". */
  ordinalSuffixes: readonly string[];
  /** Number words up to twelve, for "nine months", "two to three years". */
  cardinals: Record<string, number>;
  quarterWords: readonly string[];
  halfWords: readonly string[];
  monthsWords: readonly string[];
  /** Written after a year: "2021 year", "2021 года", "2021 г.". */
  yearWords: readonly string[];
  /** Written after a range of years: "2024–2026 годы", "2018-2020 гг.". */
  yearsWords: readonly string[];
  /** Links a period to its year: "the first quarter of 2020". */
  yearLinks: readonly string[];
  /** Words before a relative year word, offset from the publication year: "last" → -1. */
  relativeYears: Record<string, number>;
  /** Days named relative to the publication day: "yesterday" → -1. */
  relativeDays: Record<string, number>;
  /** Between the two ends of a range: "-", "to", "по". */
  rangeConnectors: readonly string[];
  /** Before the first end of a range: "from", "с", "between". */
  rangeOpeners: readonly string[];
  /** Before a bare four-digit number that make it a year: "in", "since", "в". */
  yearCues: readonly string[];
  /** Before a month name without a day or a year, that make it a date: "in", "в". */
  monthCues: readonly string[];
  /** Before a count of months that make it a period: "for", "over the first", "за". */
  monthCountOpeners: readonly string[];
  /** A following word that shows a four-digit number is an amount, not a year: "tonnes", "млн". */
  amountWords: readonly string[];
  /** "until 2024", "до 2024 года": the period ends then, its start is open. */
  openStartCues: readonly string[];
  /** "since 2018", "с 2018 года": the period starts then, its end is open. */
  openEndCues: readonly string[];
  /** Phrases before an open-end cue that turn it into a comparison: "по сравнению с 2020 годом". */
  comparisonCues: readonly string[];
  /** "by the end of 2023", "к концу 2023 года": the whole of that period. */
  periodEndCues: readonly string[];
  /** "since the beginning of the year", "с начала года": from the year's start to publication. */
  yearStartCues: readonly string[];
  /** "the year" as written after a year-start cue without a year: "of the year", "года". */
  theYear: readonly string[];
  /** "in the next two to three years", "в ближайшие 5 лет". */
  nextYearsCues: readonly string[];
  /** Plural "years" after a count: "years", "лет", "года". */
  yearsCountWords: readonly string[];
  /** Join items of a list of dates: "November 10, 2020, January 11 and November 26, 2021". */
  listJoiners: readonly string[];
}
