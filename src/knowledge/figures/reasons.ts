// Why two sources may disagree on a figure, told from their quotes and dates where it can be: a part of the
// period, one direction of trade, a preliminary figure, another statistics agency, a later revision, rounding.

export interface ReasonInput {
  quotes: string[];
  /** Publication dates of the sources of each value. */
  published: Array<string | null>;
  indicator: string;
  values: number[];
}

export type ConflictReasonCode = 'period_granularity' | 'direction' | 'preliminary' | 'agency' | 'revision' | 'rounding';

export interface ConflictReason {
  code: ConflictReasonCode;
  text: string;
}

/** A part of a year named in a quote ("January-November", "first half", "9 months"): the figure may be for that part. */
const PART_OF_YEAR = [
  /\b(?:january|february|march|april|may|june|july|august|september|october|november)\b(?:\s*[-–—]|\s+(?:to|through|till)\b)|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b|\bmonths?\b|\b[hq][1-4]\b/iu,
  /(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр)\p{L}*\s*[-–—]|полугоди|квартал|месяц/iu,
  /(?:yanvar|fevral|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr)\p{L}*\s*[-–—]|rüb|\bay(?:da|ları|lar)\b/iu,
];
/** Exports or imports named without the turnover they are part of ("turnover …, including exports of …"). */
const ONE_DIRECTION = /\b(?:exports?|imports?|shipments|supplies)\b|экспорт|импорт|поставк|ixrac|idxal/iu;
const BOTH_DIRECTIONS = /\b(?:turnover|mutual trade|including)\b|товарооборот|в том числе|dövriyyə/iu;
const PRELIMINARY = /\b(?:preliminary|provisional|estimated|expected)\b|(?:предварительн|оценк|ожидаем)|(?:ilkin)/iu;

/** Statistics agencies as quotes name them; the name a reader would recognise. */
const AGENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/State Customs Committee|Государственн\p{L}* таможенн\p{L}* комитет\p{L}*|Dövlət Gömrük Komitəsi|ГТК/iu, 'State Customs Committee (AZ)'],
  [/Federal Customs Service|Федеральн\p{L}* таможенн\p{L}* служб\p{L}*|ФТС/iu, 'Federal Customs Service (RU)'],
  [/State Statistic(?:s|al) Committee|Государственн\p{L}* статистическ\p{L}* комитет\p{L}*|Госкомстат|Dövlət Statistika Komitəsi/iu, 'State Statistical Committee (AZ)'],
  [/Rosstat|Росстат|Federal State Statistics Service/iu, 'Rosstat (RU)'],
  [/Central Bank|Центральн\p{L}* банк\p{L}*|Mərkəzi Bank/iu, 'central bank'],
];

const HALF_YEAR_DAYS = 183;
/** Differences smaller than this share of the larger value are most likely rounding or revision noise. */
const ROUNDING_SHARE = 0.03;

export function agenciesNamed(quote: string): string[] {
  return AGENCIES.filter(([pattern]) => pattern.test(quote)).map(([, name]) => name);
}

/** The first reason that fits, most telling first; null when none does. */
export function conflictReason(groups: ReasonInput[]): ConflictReason | null {
  const quotes = groups.map((group) => group.quotes.join(' '));
  const partial = quotes.filter((quote) => PART_OF_YEAR.some((pattern) => pattern.test(quote))).length;
  if (partial > 0 && partial < quotes.length) {
    return { code: 'period_granularity', text: 'one source names a part of the period (months, a quarter or a half-year)' };
  }
  if (groups[0].indicator === 'trade_turnover' &&
    quotes.some((quote) => ONE_DIRECTION.test(quote) && !BOTH_DIRECTIONS.test(quote))) {
    return { code: 'direction', text: 'one source may give one direction of trade (exports or imports), not turnover' };
  }
  if (quotes.some((quote) => PRELIMINARY.test(quote))) {
    return { code: 'preliminary', text: 'one value is preliminary or an estimate' };
  }
  const agencies = quotes.map((quote) => agenciesNamed(quote).join(', ')).filter(Boolean);
  if (new Set(agencies).size > 1) return { code: 'agency', text: `different statistics agencies: ${[...new Set(agencies)].join(' vs ')}` };
  const dates = groups.map((group) => group.published.filter((d): d is string => d !== null).sort()[0]).filter(Boolean);
  if (dates.length > 1) {
    const days = (Date.parse(dates.sort().at(-1)!) - Date.parse(dates[0])) / 86_400_000;
    if (days > HALF_YEAR_DAYS) return { code: 'revision', text: `published ${Math.round(days)} days apart: a later revision` };
  }
  const values = groups.flatMap((group) => group.values);
  const spread = (Math.max(...values) - Math.min(...values)) / Math.max(...values.map(Math.abs));
  if (spread < ROUNDING_SHARE) return { code: 'rounding', text: 'values differ by less than 3%: rounding or revision' };
  return null;
}
