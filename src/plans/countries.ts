// Which countries a text speaks of: word prefixes per country, English and Russian, as data.
import { words } from './wording.js';

export const COUNTRY_NAMES: Record<string, string[]> = {
  RU: ['russia', 'moscow', 'kremlin', 'росси', 'москв', 'рф'],
  AZ: ['azerbaijan', 'baku', 'азербайджан', 'баку'],
  TR: ['turkey', 'turkish', 'türki', 'turkiye', 'ankara', 'турци', 'турецк', 'анкар'],
  KZ: ['kazakh', 'astana', 'казах', 'астан'],
  UZ: ['uzbek', 'tashkent', 'узбек', 'ташкент'],
  GE: ['georgia', 'tbilisi', 'грузи', 'тбилиси'],
  AM: ['armenia', 'yerevan', 'армени', 'ереван'],
  IR: ['iran', 'tehran', 'иран', 'тегеран'],
  CN: ['china', 'chinese', 'beijing', 'кита', 'пекин'],
  BY: ['belarus', 'minsk', 'белорус', 'беларус', 'минск'],
  TM: ['turkmen', 'туркмен'],
  IN: ['india', 'индия', 'индии'],
};

/** How often each country is named in the text. */
export function countCountries(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) {
    for (const [code, prefixes] of Object.entries(COUNTRY_NAMES)) {
      if (prefixes.some((prefix) => word.startsWith(prefix))) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return counts;
}

/** The country part of a code: "RU-AST" → "RU". */
export function countryOf(code: string): string {
  return code.split('-')[0];
}
