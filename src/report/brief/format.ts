// How values, dates and citation numbers read in a brief, whatever the output format.
import type { Citation, FigureLine, ReportLang } from './model.js';
import type { Words } from './words.js';

export function formatNumber(value: number, lang: ReportLang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** "3,4 bn USD" reads better than "3400000000 USD" in a headline. */
export function formatValue(value: number, unit: string, lang: ReportLang): string {
  if (unit === 'percent') return `${formatNumber(value, lang)} %`;
  if (unit === 'percent_change') return `${value > 0 ? '+' : ''}${formatNumber(value, lang)} %`;
  const abs = Math.abs(value);
  const scaled = abs >= 1e9 ? [value / 1e9, lang === 'ru' ? 'млрд' : 'bn'] as const
    : abs >= 1e6 ? [value / 1e6, lang === 'ru' ? 'млн' : 'm'] as const : null;
  const number = scaled ? `${formatNumber(scaled[0], lang)} ${scaled[1]}` : formatNumber(value, lang);
  return unit === 'count' ? number : `${number} ${unit}`;
}

export function figureValue(line: Pick<FigureLine, 'value' | 'unit' | 'qualifier'>, words: Words, lang: ReportLang): string {
  return `${words.qualifiers[line.qualifier]}${formatValue(line.value, line.unit, lang)}`;
}

export function citationSource(citation: Citation, words: Words): string {
  return `${citation.outlet ?? citation.file}, ${citation.published ?? words.undated}`;
}

export function share(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)} %`;
}

/** Quotes on one line: line breaks in a source's text are layout, not meaning. */
export function flat(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
