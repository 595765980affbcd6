// Azerbaijani amount words: scales, currencies, units, qualifiers and spelled-out numbers (with their case
// endings: "milyard dollara", "manatdan"), as data for the amount finder (src/extract/mentions/amounts).
import type { AmountLexicon } from '../../mentions/amounts/lexicon.js';

export const amounts: AmountLexicon = {
  decimalComma: true,
  scales: [
    ['trilyon\\p{L}*', 1e12], ['trln', 1e12], ['milyard\\p{L}*', 1e9], ['mlrd', 1e9],
    ['milyon\\p{L}*', 1e6], ['mln', 1e6], ['min(?:ə|dən|in|i|lərlə)?', 1e3],
  ],
  currencies: [
    ['ABŞ dollar\\p{L}*', 'USD'], ['dollar\\p{L}*', 'USD'], ['avro\\p{L}*', 'EUR'], ['manat\\p{L}*', 'AZN'],
    ['(?:Rusiya )?rubl\\p{L}*', 'RUB'], ['yuan\\p{L}*', 'CNY'], ['tenge\\p{L}*', 'KZT'],
    ['(?:türk )?lirə\\p{L}*', 'TRY'], ['(?:özbək )?som\\p{L}*', 'UZS'],
  ],
  percent: ['faiz\\p{L}*', 'faiz bənd\\p{L}*'],
  tonnes: ['ton(?:a|dan|u|luq|la)?'],
  // Qualifiers written before the figure; "260-dan çox", "1 milyarda yaxın" put them after it.
  qualifiers: [
    ['ən azı', 'more_than'], ['azı', 'more_than'], ['minimum', 'more_than'],
    ['təxminən', 'approx'], ['təqribən', 'approx'], ['haradasa', 'approx'], ['demək olar ki', 'approx'],
    ['ən çoxu', 'less_than'], ['maksimum', 'less_than'],
  ],
  // "bir" is also the indefinite article ("bir sənəd"), so it counts only inside the phrases below.
  numberWords: {
    iki: 2, üç: 3, dörd: 4, beş: 5, altı: 6, yeddi: 7, səkkiz: 8, doqquz: 9, on: 10, iyirmi: 20, otuz: 30,
    qırx: 40, əlli: 50, altmış: 60, yetmiş: 70, səksən: 80, doxsan: 90,
  },
  multiplierWords: { yüz: 100, min: 1e3, milyon: 1e6, milyard: 1e9 },
  numberPhrases: [['bir milyon', 1e6], ['bir milyard', 1e9], ['yarım milyon', 5e5], ['yarım milyard', 5e8]],
  fractions: [['üçdə bir\\p{L}*', 33.33], ['dörddə bir\\p{L}*', 25], ['üçdə iki\\p{L}*', 66.67]],
  yearCues: {
    before: ['ta', 'tarixi', 'yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr',
      'oktyabr', 'noyabr', 'dekabr'],
    after: ['il\\p{L}*', 'illər\\p{L}*'],
  },
};
