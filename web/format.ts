// How facts and figures read on the pages.
import type { FactRow } from '../src/store/index.js';

export function formatValue(value: number, unit: string, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  if (unit === 'percent' || unit === 'percent_change') return `${number} %${unit === 'percent_change' ? ' Δ' : ''}`;
  if (unit === 'count') return number;
  return `${number} ${unit}`;
}

export function formatPeriod(period: { start: string | null; end: string | null } | null | undefined): string {
  if (!period) return '—';
  const { start, end } = period;
  if (start && end && start.slice(0, 4) === end.slice(0, 4) && start.endsWith('-01-01') && end.endsWith('-12-31')) return start.slice(0, 4);
  return `${start ?? '…'} – ${end ?? '…'}`;
}

/** One line saying what a fact is. */
export function describeFact(row: FactRow, locale: string): string {
  switch (row.kind) {
    case 'measurement': {
      const f = row.fact;
      const flow = f.from || f.to ? ` ${f.from ?? '?'}→${f.to ?? '?'}` : '';
      return `${f.label ?? f.indicator}${flow}: ${formatValue(f.value, f.unit, locale)} (${formatPeriod(f.period)})`;
    }
    case 'instrument': return `${row.fact.type}: ${row.fact.title}${row.fact.signed_on ? ` (${row.fact.signed_on})` : ''}`;
    case 'event': return `${row.fact.type}: ${row.fact.title}${row.fact.date ? ` (${row.fact.date})` : ''}`;
    case 'person': return `${row.fact.name}${row.fact.role ? `, ${row.fact.role}` : ''}${row.fact.country ? ` (${row.fact.country})` : ''}`;
  }
}

export function sourceLabel(row: { outlet: string | null; file: string; published: string | null }): string {
  return `${row.outlet ?? row.file}${row.published ? `, ${row.published}` : ''}`;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', RUB: '₽' };
const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const;

/** A figure as people say it: "$2.9 billion", "2,9 млрд $", "12.5%", "1.2 million tonnes". */
export function humanValue(value: number, unit: string, view: { lang: string; t: { numbers: Record<'trillion' | 'billion' | 'million' | 'tonnes', string> } }): string {
  const { lang, t } = view;
  const plain = (n: number, digits = 2) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
  if (unit === 'percent') return `${plain(value, 1)}%`;
  if (unit === 'percent_change') return `${value > 0 ? '+' : ''}${plain(value, 1)}%`;
  const scale = SCALES.find(([size]) => Math.abs(value) >= size);
  const number = scale ? `${plain(value / scale[0])} ${t.numbers[scale[1]]}` : plain(value);
  if (unit === 'count') return number;
  if (unit === 'tonnes') return `${number} ${t.numbers.tonnes}`;
  const symbol = SYMBOLS[unit];
  if (symbol && lang === 'en') return `${symbol}${number}`;
  return `${number} ${symbol ?? unit}`;
}

/** Change from one value to the next as a signed percentage, or null when it cannot be told. */
export function change(previous: number, current: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / Math.abs(previous)) * 1000) / 10;
}

/** A figure's period for people: "2023", "2023-01 – 2023-06", or "as of 2024" for an undated figure. */
export function figurePeriod(figure: { period: { start: string | null; end: string | null } | null; sources: { published: string | null }[] }, asOf: string): string {
  if (!figure.period) return `${asOf} ${figure.sources[0]?.published?.slice(0, 4) ?? '?'}`;
  return formatPeriod(figure.period);
}
