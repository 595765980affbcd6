// English words for dates, periods and ranges: the data behind the date grammar.
import type { DateLexicon } from '../../mentions/dates/lexicon.js';

export const dates: DateLexicon = {
  months: {
    1: ['january'], 2: ['february'], 3: ['march'], 4: ['april'], 5: ['may'], 6: ['june'],
    7: ['july'], 8: ['august'], 9: ['september'], 10: ['october'], 11: ['november'], 12: ['december'],
  },
  monthAbbreviations: {
    1: ['jan'], 2: ['feb'], 3: ['mar'], 4: ['apr'], 6: ['jun'], 7: ['jul'], 8: ['aug'],
    9: ['sep', 'sept'], 10: ['oct'], 11: ['nov'], 12: ['dec'],
  },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4, last: 4 },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  cardinals: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  },
  quarterWords: ['quarter'],
  halfWords: ['half', 'half-year'],
  monthsWords: ['months', 'month'],
  yearWords: ['year'],
  yearsWords: ['years'],
  yearLinks: ['of'],
  relativeYears: { last: -1, this: 0, current: 0, 'the current': 0, next: 1, 'the next': 1, 'the coming': 1 },
  relativeDays: { 'the day before yesterday': -2, yesterday: -1, today: 0, tomorrow: 1 },
  rangeConnectors: ['-', '–', '—', 'to', 'through', 'till', 'until'],
  rangeOpeners: ['from', 'between'],
  yearCues: [
    'in', 'since', 'until', 'untill', 'till', 'through', 'up to', 'of', 'for', 'from', 'during', 'before', 'after', 'year',
    'early', 'mid', 'late', 'end of', 'beginning of',
  ],
  monthCues: ['in', 'since', 'until', 'till', 'through', 'from', 'during', 'early', 'mid', 'late', 'end of',
    'beginning of', 'by'],
  monthCountOpeners: ['for the first', 'over the first', 'in the first', 'during the first', 'the first',
    'for', 'over', 'in', 'during'],
  amountWords: ['tonnes', 'tons', 'people', 'million', 'billion', 'thousand', 'units', 'percent', 'per cent', '%',
    'dollars', 'manats', 'rubles', 'roubles', 'km', 'kilometers', 'hectares', 'cars', 'wagons', 'trips'],
  openStartCues: ['for the period up to', 'for the period until', 'for the period till', 'up to', 'until', 'untill', 'till',
    'through', 'until the end of', 'till the end of', 'through the end of'],
  openEndCues: ['since', 'starting from', 'starting in', 'beginning in'],
  comparisonCues: [],
  periodEndCues: ['by the end of', 'by end of', 'by the end'],
  yearStartCues: ['since the beginning of', 'since the start of', 'from the beginning of', 'from the start of'],
  theYear: ['the year'],
  nextYearsCues: ['in the next', 'over the next', 'within the next', 'during the next', 'for the next',
    'in the coming', 'over the coming'],
  yearsCountWords: ['years'],
  listJoiners: [',', 'and', ', and', '&'],
};
