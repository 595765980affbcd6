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
