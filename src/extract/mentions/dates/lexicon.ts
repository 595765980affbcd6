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
  /** "over the past five years", "за последние 5 лет": the whole years before the publication year. */
  pastYearsCues?: readonly string[];
  /** "between January and October 2022", "между 2018 и 2020 годами": a range opened by a word and joined by "and". */
  betweenOpeners?: readonly string[];
  betweenJoiners?: readonly string[];
  /** Join items of a list of dates: "November 10, 2020, January 11 and November 26, 2021". */
  listJoiners: readonly string[];
  /** Relative offsets, weeks, weekdays, parts of periods, seasons, decades, slashed days. */
  general?: GeneralDateForms;
}

/** Optional forms for general date expressions beyond news prose; a language without them simply lacks the form. */
export interface GeneralDateForms {
  /** Units of a relative offset, every case form: "days" → day, "недели" → week. */
  offsetUnits: Record<string, 'day' | 'week' | 'month' | 'year'>;
  /** After a count of units: "3 days ago", "2 недели назад". */
  agoWords: readonly string[];
  /** Before a count of units: "in 5 days", "через 3 дня". */
  laterWords: readonly string[];
  /** Stand for a count of one: "a month ago". */
  oneWords: readonly string[];
  /** Units that mean one of themselves with no count: "год назад", "через месяц". */
  bareUnits: readonly string[];
  /** Whole phrases naming a week or month relative to the reference: "last week" → -1. */
  relativeWeeks: Record<string, number>;
  relativeMonths: Record<string, number>;
  /** Weekday names in every case form, Monday = 1 … Sunday = 7. */
  weekdays: Record<number, readonly string[]>;
  /** Before a weekday: "last" → -1 (the one before the reference week day), "next" → 1, "this" → 0. */
  weekdayModifiers: Record<string, number>;
  /** "early 2022" → 1, "mid-2021" → 2, "late 2020" → 3: thirds of a year or a month. */
  periodParts: Record<string, 1 | 2 | 3>;
  /** Parts that name the last third of a month but the whole of a year ("the end of 2023" is the year's figure). */
  yearEndParts: readonly string[];
  /** Season names → the first month of the season (meteorological: spring 3, summer 6, autumn 9, winter 12). */
  seasons: Record<string, number>;
  /** Written after a decade: "1990s", "90-е". */
  decadeSuffixes: readonly string[];
  /** "5/3/2021": month first (US English) where the first part can be a month. */
  slashMonthFirst: boolean;
}
