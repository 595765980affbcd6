// Month names as they appear in datelines, in English, Russian and Azerbaijani, mapped to month numbers.

const MONTHS: Record<number, string[]> = {
  1: ['january', 'jan', 'января', 'январь', 'янв', 'yanvar'],
  2: ['february', 'feb', 'февраля', 'февраль', 'фев', 'fevral'],
  3: ['march', 'mar', 'марта', 'март', 'mart'],
  4: ['april', 'apr', 'апреля', 'апрель', 'апр', 'aprel'],
  5: ['may', 'мая', 'май'],
  6: ['june', 'jun', 'июня', 'июнь', 'iyun'],
  7: ['july', 'jul', 'июля', 'июль', 'iyul'],
  8: ['august', 'aug', 'августа', 'август', 'авг', 'avqust'],
  9: ['september', 'sept', 'sep', 'сентября', 'сентябрь', 'сен', 'сент', 'sentyabr'],
  10: ['october', 'oct', 'октября', 'октябрь', 'окт', 'oktyabr'],
  11: ['november', 'nov', 'ноября', 'ноябрь', 'ноя', 'noyabr'],
  12: ['december', 'dec', 'декабря', 'декабрь', 'дек', 'dekabr'],
};

const BY_NAME = new Map<string, number>(
  Object.entries(MONTHS).flatMap(([month, names]) => names.map((name) => [name, Number(month)] as const)),
);

/** Alternation for a regular expression, longest names first so "sept" wins over "sep". */
export const MONTH_PATTERN = [...BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

export function monthNumber(name: string): number | undefined {
  return BY_NAME.get(name.toLowerCase().replace(/\.$/, ''));
}
