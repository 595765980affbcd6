// An indicator over time: every reported figure as a point on an SSR chart, each linked to its source, and
// the same figures in a table with their quotes. One unit per chart; the other units are a link away.
import { raw } from 'hono/html';
import { INDICATORS } from '../../src/core/facts.js';
import type { FactRow, Page } from '../../src/store/index.js';
import { indicatorChart, type ChartPoint } from '../chart.js';
import type { ApiClient } from '../client.js';
import { formatPeriod, formatValue, sourceLabel } from '../format.js';
import { Layout, type View } from '../layout.js';

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

export async function indicatorPage(view: View, api: ApiClient, indicator: string, unit: string | undefined) {
  const { t } = view;
  const page = await api.get<Page<FactRow>>('/api/facts', { kind: 'measurement', indicator, limit: MAX_POINTS });
  const measured = page.items.flatMap((row) => (row.kind === 'measurement' ? [{ row, fact: row.fact }] : []));
  const units = [...new Set(measured.map((m) => m.fact.unit))];
  const shown = unit && units.includes(unit) ? unit : mostCommon(measured.map((m) => m.fact.unit));
  const rows = measured.filter((m) => m.fact.unit === shown)
    .sort((a, b) => periodKey(a.fact.period).localeCompare(periodKey(b.fact.period)));
  const points: ChartPoint[] = rows.map(({ row, fact }, i) => ({
    n: i + 1, period: formatPeriod(fact.period), value: fact.value,
    href: `/documents/${row.documentId}#fact-${row.id}`, title: `${sourceLabel(row)}: ${row.quote ?? ''}`,
  }));
  return (
    <Layout view={view} title={`${t.indicator.title}: ${indicator}`}>
      {units.length > 1 && (
        <p class="units">{t.indicator.unit}: {units.map((u) => <>{' '}{u === shown ? <strong>{u}</strong> : <a href={`/indicators/${indicator}?unit=${encodeURIComponent(u)}`}>{u}</a>}</>)}</p>
      )}
      {rows.length === 0 ? <p>{t.indicator.none}</p> : (
        <>
          <figure class="chart card">
            {raw(indicatorChart(points, shown ?? ''))}
            <figcaption>{t.indicator.chartNote}</figcaption>
          </figure>
          <h2>{t.indicator.points}</h2>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">#</th><th scope="col">{t.indicator.period}</th><th scope="col">{t.indicator.value}</th><th scope="col">{t.indicator.source}</th><th scope="col">{t.indicator.quote}</th></tr></thead>
              <tbody>
                {rows.map(({ row, fact }, i) => (
                  <tr id={`point-${i + 1}`}>
                    <td>{i + 1}</td>
                    <td>{formatPeriod(fact.period)}</td>
                    <td class="num">{formatValue(fact.value, fact.unit, view.lang)}{fact.from || fact.to ? ` ${fact.from ?? '?'}→${fact.to ?? '?'}` : ''}</td>
                    <td><a href={`/documents/${row.documentId}#fact-${row.id}`}>{sourceLabel(row)}</a></td>
                    <td><q>{row.quote}</q></td>
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

function periodKey(period: { start: string | null; end: string | null } | null): string {
  return `${period?.end ?? '9999'}${period?.start ?? ''}`;
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
