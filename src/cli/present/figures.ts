// How figures and conflicts read in a terminal: values in words people use, sources by file.
import type { Figure } from '../../knowledge/figures/index.js';

export function formatValue(value: number, unit: string): string {
  const abs = Math.abs(value);
  const scaled = abs >= 1e9 ? `${+(value / 1e9).toFixed(3)} bn` : abs >= 1e6 ? `${+(value / 1e6).toFixed(3)} mn` : value.toLocaleString('en');
  return `${scaled} ${unit}`;
}

export function formatPeriod(figure: Figure): string {
  if (!figure.period) return `as of ${figure.sources[0]?.published?.slice(0, 4) ?? '?'}`;
  const { start, end } = figure.period;
  if (start && end && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) {
    return start.slice(0, 4);
  }
  return `${start ?? '…'}..${end ?? '…'}`;
}

export function describeFigure(figure: Figure): string {
  const what = figure.indicator === 'other' ? `other (${figure.label ?? '?'})` : figure.indicator;
  const flow = figure.from && figure.to ? ` ${figure.from}→${figure.to}` : '';
  return `${what}${flow} ${figure.pair ?? '?'}`;
}
