// Azerbaijani words for dates, periods and ranges: the data behind the date grammar. Month names are listed with
// the case endings they take after a day or a year ("fevralın 22-də", "avqustda"), following vowel harmony.
import type { DateLexicon } from '../../mentions/dates/lexicon.js';

/** A month name with its genitive, locative, ablative, dative and accusative forms. */
function monthForms(name: string, genitive: string, front: boolean): string[] {
  const [a, i] = front ? ['ə', 'i'] : ['a', 'ı'];
  return [name, name + genitive, `${name}d${a}`, `${name}d${a}n`, name + a, name + i, `${name + genitive}d${a}`];
}

export const dates: DateLexicon = {
  months: {
    1: monthForms('yanvar', 'ın', false), 2: monthForms('fevral', 'ın', false), 3: monthForms('mart', 'ın', false),
    4: monthForms('aprel', 'in', true), 5: monthForms('may', 'ın', false), 6: monthForms('iyun', 'un', false),
    7: monthForms('iyul', 'un', false), 8: monthForms('avqust', 'un', false), 9: monthForms('sentyabr', 'ın', false),
    10: monthForms('oktyabr', 'ın', false), 11: monthForms('noyabr', 'ın', false), 12: monthForms('dekabr', 'ın', false),
  },
  monthAbbreviations: {
    1: ['yan'], 2: ['fev'], 4: ['apr'], 8: ['avq'], 9: ['sen', 'sent'], 10: ['okt'], 11: ['noy'], 12: ['dek'],
  },
  ordinals: {
    birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4, i: 1, ii: 2, iii: 3, iv: 4,
  },
  // Ordinal endings ("22-ci", "2023-cü") and the case endings a day takes ("22-də", "22-si", "22-dək").
  ordinalSuffixes: ['-ci', '-cı', '-cu', '-cü', '-nci', '-ncı', '-ncu', '-ncü', '-də', '-da', '-dək', '-dan', '-dən',
    '-si', '-sı', '-su', '-sü', '-ə', '-a', '-i', '-ı', '-u', '-ü'],
  cardinals: {
    bir: 1, iki: 2, üç: 3, dörd: 4, beş: 5, altı: 6, yeddi: 7, səkkiz: 8, doqquz: 9, on: 10, 'on bir': 11, 'on iki': 12,
  },
  quarterWords: ['rüb', 'rübü', 'rübün', 'rübündə', 'rübdə', 'rübü ərzində'],
  halfWords: ['yarımil', 'yarımili', 'yarımilində', 'yarımildə', 'yarısı', 'yarısında', 'yarısının'],
  monthsWords: ['ay', 'ayı', 'ayın', 'ayında', 'ayda', 'ay ərzində', 'ayı ərzində'],
  yearWords: ['il', 'ili', 'ilin', 'ildə', 'ilində', 'ildən', 'ilindən', 'ilə', 'ilədək', 'ilinədək', 'ilə qədər', 'ilinə'],
  yearsWords: ['illər', 'illərdə', 'illəri', 'illərin', 'illər üçün', 'illərə'],
  yearLinks: [],
  relativeYears: { ötən: -1, keçən: -1, bu: 0, cari: 0, gələn: 1, növbəti: 1 },
  relativeDays: { srağagün: -2, dünən: -1, 'bu gün': 0, bugün: 0, sabah: 1 },
  rangeConnectors: ['-', '–', '—'],
  // Azerbaijani marks most of these with endings on the year itself ("2030-cu ilədək", "2018-ci ildən bəri");
  // the lists below hold the few words that stand before a date.
  rangeOpeners: ['ta'],
  yearCues: ['ta', 'tarixi'],
  monthCues: ['bu ilin', 'cari ilin', 'ilin'],
  monthCountOpeners: ['ilin ilk', 'ilk', 'son'],
  amountWords: ['ton', 'nəfər', 'min', 'milyon', 'milyard', 'faiz', '%', 'dollar', 'manat', 'rubl', 'avro', 'km',
    'hektar', 'vaqon', 'səfər', 'turist'],
  openStartCues: ['ta'],
  openEndCues: ['etibarən'],
  comparisonCues: [],
  periodEndCues: ['sonunadək'],
  yearStartCues: ['ilin əvvəlindən', 'ilin başlanğıcından'],
  theYear: ['bəri', 'etibarən'],
  nextYearsCues: ['yaxın', 'növbəti', 'gələcək'],
  yearsCountWords: ['il', 'ildə', 'il ərzində', 'ilə'],
  pastYearsCues: ['son', 'ötən', 'keçən'],
  listJoiners: [',', 'və', ', və'],
};
