// English amount words: scales, currencies, units, qualifiers and spelled-out numbers, as data for the
// amount finder (src/extract/mentions/amounts).
import type { AmountLexicon } from '../../mentions/amounts/lexicon.js';

export const amounts: AmountLexicon = {
  decimalComma: false,
  scales: [
    ['trillion', 1e12], ['tn', 1e12], ['billion', 1e9], ['bln', 1e9], ['bn', 1e9], ['b', 1e9],
    ['million', 1e6], ['mln', 1e6], ['mn', 1e6], ['m', 1e6], ['thousand', 1e3], ['k', 1e3],
  ],
  currencies: [
    ['US dollars?', 'USD'], ['U\\.S\\. dollars?', 'USD'], ['dollars?', 'USD'], ['euros?', 'EUR'],
    ['Russian (?:roubles|rubles)', 'RUB'], ['(?:roubles|rubles)', 'RUB'], ['manats?', 'AZN'], ['yuan', 'CNY'],
    ['tenge', 'KZT'], ['(?:Turkish )?liras?', 'TRY'], ['soums?', 'UZS'], ['pounds? sterling', 'GBP'],
    ['British pounds?', 'GBP'], ['Russian (?:roubles?|rubles?)', 'RUB'], ['(?:roubles?|rubles?)', 'RUB'],
    ['Belarusian (?:roubles?|rubles?)', 'BYN'], ['Azerbaijani manats?', 'AZN'], ['(?:Chinese )?yuan', 'CNY'],
    ['renminbi', 'CNY'], ['(?:Japanese )?yen', 'JPY'], ['(?:Swiss )?francs?', 'CHF'], ['(?:Indian )?rupees?', 'INR'],
    ['Canadian dollars?', 'CAD'], ['Australian dollars?', 'AUD'], ['hryvnias?', 'UAH'], ['lari', 'GEL'],
    ['drams?', 'AMD'], ['euro', 'EUR'],
  ],
  subunits: [['cents?', 'USD', 0.01], ['pence', 'GBP', 0.01], ['kopecks?', 'RUB', 0.01]],
  percent: ['percent', 'per cent', 'pct', 'percentage points?', 'p\\.p\\.'],
  tonnes: ['metric tons', 'tonnes', 'tons', 'tonne', 'ton'],
  qualifiers: [
    ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['at least', 'more_than'],
    ['in excess of', 'more_than'], ['exceed(?:s|ed|ing)?', 'more_than'], ['upwards of', 'more_than'],
    ['about', 'approx'], ['approximately', 'approx'], ['around', 'approx'], ['some', 'approx'],
    ['nearly', 'approx'], ['almost', 'approx'], ['roughly', 'approx'], ['close to', 'approx'],
    ['approach(?:ed|es|ing)?', 'approx'], ['an estimated', 'approx'],
    ['up to', 'less_than'], ['less than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
    ['fewer than', 'less_than'],
  ],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, zero: 0, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  multiplierWords: { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 },
  numberJoiner: 'and',
  andAHalf: 'and a half',
  numberPhrases: [['half a million', 5e5], ['half a billion', 5e8], ['a million', 1e6], ['a billion', 1e9],
    ['a hundred', 100], ['a thousand', 1e3], ['a dozen', 12]],
  fractions: [['(?:a|one) third', 33.33], ['(?:a|one) quarter', 25], ['two thirds', 66.67], ['three quarters', 75],
    ['(?:a|one) half', 50], ['(?<!(?:first|second|1st|2nd|the|latter|former|other)\\s+)half', 50]],
  fractionFollower: 'of',
  yearCues: {
    before: ['in', 'since', 'of', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'for', 'year', 'early',
      'late', 'mid', 'end', 'and', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
      'September', 'October', 'November', 'December'],
    after: ['year', 'years', 'season'],
  },
};
