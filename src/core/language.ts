// The languages Concord reads. Extraction has a lexicon folder for each of EXTRACTION_LANGS;
// other detected languages are stored and searched, but only numbers and dates are read from them.

export const LANGS = ['en', 'ru', 'az'] as const;
export type Lang = (typeof LANGS)[number] | 'und';

export const EXTRACTION_LANGS = ['en', 'ru', 'az'] as const;
export type ExtractionLang = (typeof EXTRACTION_LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'und' || (LANGS as readonly unknown[]).includes(value);
}
