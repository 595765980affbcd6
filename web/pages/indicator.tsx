// An indicator over time from the figures read model: every source of every reported value is a point on an
// SSR chart linked to its quote; values on which sources disagree are drawn apart and marked; period and
// direction are on the axis. The same points are in the table under the chart. One unit per chart.
import { raw } from 'hono/html';
import { INDICATORS } from '../../src/core/facts.js';
import type { Figure } from '../../src/knowledge/figures/index.js';
import type { Page } from '../../src/store/index.js';
import { indicatorChart, type ChartPoint } from '../chart.js';
import type { ApiClient } from '../client.js';
import { direction, sourceHref } from '../figures.js';
import { figurePeriod, humanValue } from '../format.js';
import { Layout, type View } from '../layout.js';
import { PAIRS } from './dashboard.js';

/** Enough for any indicator this corpus holds; the table says when there are more. */
const MAX_POINTS = 200;

export function indicatorsPage(view: View) {
  return (
    <Layout view={view} title={view.t.indicator.title}>
      <p>{view.t.indicator.choose}</p>
      <ul class="plain columns">
        {INDICATORS.map((name) => <li><a href={`/indicators/${name}`}>{name}</a></li>)}
      </ul>
    </Layout>
  );
}

export async function indicatorPage(view: View, api: ApiClient, indicator: string, pair: string | undefined, unit: string | undefined) {
  const { t } = view;
  const all = await api.get<Page<Figure> & { units: string[] }>(`/api/indicators/${indicator}`, { pair, limit: MAX_POINTS });
  const units = all.units;
  const shown = unit && units.includes(unit) ? unit : mostCommon(all.items.map((figure) => figure.unit));
  const rows = all.items.filter((figure) => figure.unit === shown).flatMap((figure) => figure.values.flatMap((value) =>
    value.sources.map((source) => ({ figure, value, source, conflict: figure.conflict !== null }))));
  const points: ChartPoint[] = rows.map(({ figure, value, source, conflict }, i) => ({
    n: i + 1, period: [figurePeriod(figure, t.indicator.asOf), direction(figure)].filter(Boolean).join(' '), value: value.value,
    href: sourceHref(source), title: `${source.outlet ?? source.file}${source.published ? `, ${source.published}` : ''}: ${source.quote ?? ''}`,
    conflict,
  }));
  const link = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const values = { pair, unit: shown, ...changes };
    for (const [key, value] of Object.entries(values)) if (value) next.set(key, value);
    return `/indicators/${indicator}${next.size ? `?${next}` : ''}`;
  };
  return (
    <Layout view={view} title={`${t.indicator.title}: ${indicator}`}>
      <form class="inline" method="get" action={`/indicators/${indicator}`}>
        <label for="pair">{t.indicator.pair}</label>
        <select id="pair" name="pair">
          <option value="" selected={!pair}>{t.indicator.allPairs}</option>
          {PAIRS.map((p) => <option value={p} selected={p === pair}>{p.replace('-', ' – ')}</option>)}
        </select>
        {shown && <input type="hidden" name="unit" value={shown} />}
        <button type="submit">{t.dashboard.show}</button>
      </form>
      {units.length > 1 && (
        <p class="units">{t.indicator.unit}: {units.map((u) => <>{' '}{u === shown ? <strong>{u}</strong> : <a href={link({ unit: u })}>{u}</a>}</>)}</p>
      )}
      {rows.length === 0 ? <p>{t.indicator.none}</p> : (
        <>
          <figure class="chart card">
            {raw(indicatorChart(points, shown ?? ''))}
            <figcaption>{t.indicator.chartNote} {rows.some((row) => row.conflict) && t.indicator.conflictNote}</figcaption>
          </figure>
          <h2>{t.indicator.points}</h2>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">#</th><th scope="col">{t.indicator.period}</th><th scope="col">{t.indicator.direction}</th><th scope="col">{t.indicator.value}</th><th scope="col">{t.indicator.stories}</th><th scope="col">{t.indicator.source}</th><th scope="col">{t.indicator.quote}</th></tr></thead>
              <tbody>
                {rows.map(({ figure, value, source, conflict }, i) => (
                  <tr id={`point-${i + 1}`} class={conflict ? 'conflict' : undefined}>
                    <td>{i + 1}</td>
                    <td>{figurePeriod(figure, t.indicator.asOf)}</td>
                    <td>{direction(figure) || '—'}</td>
                    <td class="num">{humanValue(value.value, figure.unit, view)}{conflict && <> <span class="badge conflict" title={figure.conflict?.text}>{t.indicator.conflict}</span></>}</td>
                    <td class="num">{value.corroboration}</td>
                    <td><a href={sourceHref(source)}>{source.outlet ?? source.file}{source.published ? `, ${source.published}` : ''}</a></td>
                    <td><q>{source.quote}</q></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Layout>
  );
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
