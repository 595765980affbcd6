// Currency signs and ISO 4217 codes written before or after a figure: the same in every language.

export const CURRENCY_SIGNS: Array<[pattern: string, code: string]> = [
  ['US\\$', 'USD'], ['\\$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₽', 'RUB'], ['₼', 'AZN'], ['¥', 'CNY'], ['₸', 'KZT'],
];

/** Codes that may stand before or after a number ("USD 295 million", "4 bn AZN"); matched upper-case only. */
export const ISO_CODES = [
  'USD', 'EUR', 'AZN', 'RUB', 'CNY', 'KZT', 'UZS', 'GBP', 'TRY', 'GEL', 'AMD', 'BYN', 'JPY', 'CHF', 'INR', 'CAD', 'AUD',
  'UAH', 'KGS', 'TJS',
];
