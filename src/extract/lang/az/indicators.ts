// Azerbaijani cues for measurements: the words that say what a figure measures, whether it is a change, a share,
// a forecast or a ratio, and which way a flow goes. Data for src/extract/facts/measurements.
// Azerbaijani is verb-final: the verb of change follows the figure ("17,5 faiz artaraq"), and one verb may close
// several coordinated figures ("yükdaşımaları 10 faiz, bu ilin ilk 6 ayında isə 3 faiz artıb").
import type { IndicatorCues } from '../../facts/measurements/cues.js';

const GROWTH_VERB = 'art(?:ıb|dı|araq|mışdır|mış|acaq|ım\\p{L}*)|azal(?:ıb|dı|araq|mışdır|ma\\p{L}*)|' +
  'yüksəl(?:ib|di|ərək|mişdir)|enib|düşüb|geriləy\\p{L}*';

export const cues: IndicatorCues = {
  indicators: [
    ['ticarət dövriyyə\\p{L}*', 'trade_turnover'], ['əmtəə dövriyyə\\p{L}*', 'trade_turnover'], ['mal dövriyyə\\p{L}*', 'trade_turnover'],
    ['xarici ticarət dövriyyə\\p{L}*', 'trade_turnover'],
    ['qarşılıqlı ticarət\\p{L}*', 'trade_turnover'], ['ticarət\\p{L}*', 'trade_turnover'], ['dövriyyə\\p{L}*', 'trade_turnover'],
    ['ixrac\\p{L}*', 'exports'], ['tədarük\\p{L}*', 'exports'],
    ['idxal\\p{L}*', 'imports'],
    ['investisiya\\p{L}*', 'investment'], ['sərmayə\\p{L}*', 'investment'], ['kapital qoyuluş\\p{L}*', 'investment'],
    ['turist\\p{L}*', 'tourist_trips'], ['turizm axın\\p{L}*', 'tourist_trips'], ['səfərlər\\p{L}*', 'tourist_trips'],
    ['yükdaşıma\\p{L}*', 'freight_volume'], ['yük dövriyyə\\p{L}*', 'freight_volume'], ['yük(?:lər\\p{L}*|ün|ə)?', 'freight_volume'],
    ['tranzit\\p{L}*', 'freight_volume'], ['daşınma\\p{L}*', 'freight_volume'], ['daşımalar\\p{L}*', 'freight_volume'],
    ['milli valyuta\\p{L}*', 'national_currency_share'], ['tələbə\\p{L}*', 'students'],
    ['milli pul vahid\\p{L}*', 'national_currency_share'],
  ],
  countNouns: [
    ['sənəd\\p{L}*', 'agreements_count'], ['saziş\\p{L}*', 'agreements_count'], ['müqavilə\\p{L}*', 'agreements_count'],
    ['memorandum\\p{L}*', 'agreements_count'],
    ['region\\p{L}*', 'regions_count'], ['bölgə\\p{L}*', 'regions_count'], ['subyekt\\p{L}*', 'regions_count'],
    ['tədbir\\p{L}*', 'events_count'], ['forum\\p{L}*', 'events_count'], ['biznes missiya\\p{L}*', 'events_count'],
    ['sərgi\\p{L}*', 'events_count'],
    ['tələbə\\p{L}*', 'students'], ['turist\\p{L}*', 'tourist_trips'], ['səfər\\p{L}*', 'tourist_trips'],
    ['iştirakçı\\p{L}*', 'other', 'participants'], ['nümayəndə\\p{L}*', 'other', 'participants'],
    ['birgə müəssisə\\p{L}*', 'other', 'joint ventures'], ['şirkət\\p{L}*', 'other', 'companies'],
    ['müəssisə\\p{L}*', 'other', 'enterprises'], ['layihə\\p{L}*', 'other', 'joint projects'],
  ],
  change: ['art(?:ıb|dı|araq|mışdır|mış|ım\\p{L}*)', 'artım\\p{L}*', 'yüksəl\\p{L}*', 'azal\\p{L}*', 'enib', 'düşüb',
    'geriləy\\p{L}*', 'böyü\\p{L}*'],
  decline: ['azal\\p{L}*', 'enib', 'düşüb', 'geriləy\\p{L}*'],
  changeAfter: [`(?:,[^.;]{0,50}?\\s)?(?:${GROWTH_VERB})`, 'çox', 'artıq', 'yüksək', 'az', 'aşağı'],
  // The size of a change and the level reached are marked after the figure ("10 faiz", "5 milyarda qədər");
  // only "daha" ("by another") stands before it.
  by: ['daha'],
  reaching: ['çataraq'],
  share: ['pay(?:ı\\p{L}*)?(?![\\p{L}])', 'xüsusi çəki\\p{L}*'],
  nationalCurrency: ['milli valyuta\\p{L}*', 'milli pul vahid\\p{L}*'],
  forecast: ['hədəf\\p{L}*', 'məqsəd\\p{L}*', 'proqnoz\\p{L}*', 'planlaşdır\\p{L}*', 'plan\\p{L}*', 'gözlə\\p{L}*',
    'niyyət\\p{L}*', 'nəzərdə tutul\\p{L}*', 'çatdırmaq', 'artırmaq', 'ola bilər', 'potensial\\p{L}*'],
  comparison: ['müqayisədə', 'nisbətən', 'ilə müqayisədə'],
  ratio: ['dəfə\\p{L}*', '-qat\\p{L}*'],
  backReference: ['onlardan', 'bunlardan'],
  anaphora: ['bu göstərici\\p{L}*', 'həmin göstərici\\p{L}*', 'bu rəqəm\\p{L}*'],
  clauseBreaks: ['habelə', 'həmçinin', 'o cümlədən', 'lakin', 'amma', 'ancaq', 'eləcə də', 'bundan əlavə', 'onlardan'],
  // A flow's direction is a case ending on the country ("Rusiyadan", "Rusiyaya"), not a word before it.
  origin: ['(?!)'],
  destination: ['(?!)'],
};
