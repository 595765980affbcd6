// Figures as the pages show them: value in words people use, period and direction, how many stories report
// it, and, for a conflict, every value with its sources and the likely reason.
import type { Figure } from '../src/knowledge/figures/index.js';
import { fill } from './i18n/index.js';
import { change, figurePeriod, humanValue } from './format.js';
import type { View } from './layout.js';

export const sourceHref = (source: { document: string; fact: string }) => `/documents/${source.document}#fact-${source.fact}`;

export function direction(figure: Pick<Figure, 'from' | 'to'>): string {
  return figure.from && figure.to ? `${figure.from} → ${figure.to}` : '';
}

export function storiesLabel(view: View, n: number): string {
  return n === 1 ? view.t.dashboard.storiesOne : fill(view.t.dashboard.stories, { n });
}

/** "trade_turnover · 2023 · AZ → RU" */
export function figureHeading(view: View, figure: Figure): string {
  return [figure.label ?? figure.indicator, figurePeriod(figure, view.t.indicator.asOf), direction(figure)].filter(Boolean).join(' · ');
}

/** The figure one period before `latest` (same direction, unit and length of period), for a trend. */
export function previousFigure(series: readonly Figure[], latest: Figure): Figure | null {
  if (!latest.period?.start || !latest.period.end) return null;
  const length = days(latest.period.start, latest.period.end);
  const earlier = series.filter((figure) => figure !== latest && figure.unit === latest.unit
    && figure.from === latest.from && figure.to === latest.to && figure.period?.start && figure.period.end
    && figure.period.end < latest.period!.start! && Math.abs(days(figure.period.start, figure.period.end) - length) <= 3);
  return earlier.at(-1) ?? null;
}

function days(start: string, end: string): number {
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}

export function Trend(props: { view: View; latest: Figure; previous: Figure | null }) {
  const { view, latest, previous } = props;
  if (!previous) return null;
  const delta = change(previous.value, latest.value);
  if (delta === null) return null;
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '■';
  return (
    <span class={`trend ${delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat'}`}>
      {arrow} {delta > 0 ? '+' : ''}{new Intl.NumberFormat(view.lang, { maximumFractionDigits: 1 }).format(delta)}%{' '}
      <span class="muted">({view.t.dashboard.previous}: {humanValue(previous.value, previous.unit, view)}, {figurePeriod(previous, view.t.indicator.asOf)})</span>
    </span>
  );
}

/** A conflict: each value reported, its stories and sources with their quotes, and the likely reason. */
export function ConflictDetail(props: { view: View; figure: Figure }) {
  const { view, figure } = props;
  return (
    <div class="conflict">
      <ul class="values">
        {figure.values.map((value) => (
          <li>
            <strong>{humanValue(value.value, figure.unit, view)}</strong> <span class="muted">({storiesLabel(view, value.corroboration)})</span>
            <ul class="plain sources">
              {value.sources.map((source) => (
                <li><a href={sourceHref(source)}>{source.outlet ?? source.file}{source.published ? `, ${source.published}` : ''}</a>
                  {source.quote && <blockquote>{source.quote}</blockquote>}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {figure.conflict && <p class="note">{view.t.figure.reason}: {figure.conflict.text}</p>}
    </div>
  );
}
