// The dashboard of a country pair: headline figures in words people use with their trend and corroboration,
// the open conflicts between sources, latest events and what is stored.
import type { Figure } from '../../src/knowledge/figures/index.js';
import type { DocumentSummary, FactRow, Page, StoreStats } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { ConflictDetail, Trend, direction, figureHeading, previousFigure, sourceHref, storiesLabel } from '../figures.js';
import { describeFact, figurePeriod, humanValue, sourceLabel } from '../format.js';
import { Layout, type View } from '../layout.js';

const HEADLINE_INDICATORS = ['trade_turnover', 'exports', 'imports', 'investment', 'tourist_trips'] as const;
export const PAIRS = ['AZ-RU', 'RU-UZ', 'KZ-RU'];
const CONFLICTS_SHOWN = 5;

type Series = Page<Figure> & { units: string[] };

export async function dashboardPage(view: View, api: ApiClient, pair: string) {
  const [stats, latest, events, conflicts, ...series] = await Promise.all([
    api.get<StoreStats>('/api/stats'),
    api.get<Page<DocumentSummary>>('/api/documents', { limit: 5 }),
    api.get<Page<FactRow>>('/api/facts', { kind: 'event', limit: 6 }),
    api.get<Page<Figure>>('/api/conflicts', { pair, limit: CONFLICTS_SHOWN }),
    // The newest figures are enough for the latest one and the period before it, however long the series.
    ...HEADLINE_INDICATORS.map((indicator) => api.get<Series>(`/api/indicators/${indicator}`, { pair, limit: 60, latest: 'true' })),
  ]);
  const { t } = view;
  const locale = view.lang;
  const figures = series.flatMap((page) => headlineOf(page.items));
  return (
    <Layout view={view} title={`${t.dashboard.title}: ${pair.replace('-', ' – ')}`}>
      <form class="inline" method="get" action="/">
        <label for="pair">{t.dashboard.pair}</label>
        <select id="pair" name="pair">
          {PAIRS.map((p) => <option value={p} selected={p === pair}>{p.replace('-', ' – ')}</option>)}
        </select>
        <button type="submit">{t.dashboard.show}</button>
      </form>
      <p class="download">
        <a href={`/api/report?pair=${pair}&format=html&lang=${view.lang}`} download>{view.t.dashboard.downloadReport}</a>
        {' '}(<a href={`/api/report?pair=${pair}&format=pdf&lang=${view.lang}`} download>PDF</a>,{' '}
        <a href={`/api/report?pair=${pair}&format=md&lang=${view.lang}`} download>Markdown</a>)
      </p>
      <div class="grid">
        <section class="card" aria-labelledby="headline">
          <h2 id="headline">{t.dashboard.headline}</h2>
          <p class="note">{t.dashboard.headlineNote}</p>
          {figures.length === 0 ? <p>{t.dashboard.none}</p> : (
            <ul class="figures">
              {figures.map(({ latest: figure, previous }) => (
                <li>
                  <a href={`/indicators/${figure.indicator}?pair=${pair}`} class="figure-name">{figure.label ?? figure.indicator}</a>{' '}
                  <span class="muted">{figurePeriod(figure, t.indicator.asOf)}{direction(figure) && ` · ${direction(figure)}`}</span>
                  <div class="headline-value"><strong>{humanValue(figure.value, figure.unit, view)}</strong>{' '}
                    <span class="corroboration">{storiesLabel(view, figure.corroboration)}</span>
                    {figure.conflict && <> <a class="badge conflict" href={`/indicators/${figure.indicator}?pair=${pair}`}>{t.indicator.conflict}</a></>}
                  </div>
                  <Trend view={view} latest={figure} previous={previous} />
                  {figure.sources[0]?.quote && <blockquote>{figure.sources[0].quote}</blockquote>}
                  {figure.sources[0] && <a class="source" href={sourceHref(figure.sources[0])}>{figure.sources[0].outlet ?? figure.sources[0].file}{figure.sources[0].published ? `, ${figure.sources[0].published}` : ''}</a>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="card" aria-labelledby="events">
          <h2 id="events">{t.dashboard.latestEvents}</h2>
          {events.items.length === 0 ? <p>{t.dashboard.none}</p> : (
            <ul class="plain">
              {events.items.map((row) => (
                <li><a href={`/documents/${row.documentId}#fact-${row.id}`}>{describeFact(row, locale)}</a> <span class="muted">{sourceLabel(row)}</span></li>
              ))}
            </ul>
          )}
        </section>
        <section class="card" aria-labelledby="ingested">
          <h2 id="ingested">{t.dashboard.ingested}</h2>
          <p class="counts">{t.dashboard.counts}: <strong>{stats.documents}</strong> {t.nav.documents.toLowerCase()},{' '}
            {Object.entries(stats.facts).map(([kind, n]) => `${n} ${t.kinds[kind as keyof typeof t.kinds]}`).join(', ')}</p>
          <ul class="plain">
            {latest.items.map((doc) => (
              <li><a href={`/documents/${doc.id}`}>{doc.title ?? doc.file}</a> <span class="muted">{sourceLabel(doc)}</span></li>
            ))}
          </ul>
        </section>
        <section class="card conflicts" aria-labelledby="conflicts-h">
          <h2 id="conflicts-h">{t.dashboard.conflicts} ({conflicts.total})</h2>
          {conflicts.items.length === 0 ? <p>{t.dashboard.noConflicts}</p> : (
            <ul class="plain">
              {conflicts.items.map((figure) => (
                <li class="conflict-item">
                  <a href={`/indicators/${figure.indicator}?pair=${pair}`}><strong>{figureHeading(view, figure)}</strong></a>
                  <ConflictDetail view={view} figure={figure} />
                </li>
              ))}
            </ul>
          )}
          {conflicts.total > 0 && <p><a href="/review?kind=conflict">{t.dashboard.allConflicts}</a></p>}
        </section>
      </div>
    </Layout>
  );
}

/** The latest figure in the series' main unit, with the one a period before it. */
function headlineOf(series: readonly Figure[]): { latest: Figure; previous: Figure | null }[] {
  const units = new Map<string, number>();
  for (const figure of series) units.set(figure.unit, (units.get(figure.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const dated = series.filter((figure) => figure.unit === unit && figure.period?.end);
  const latest = dated.at(-1) ?? series.filter((figure) => figure.unit === unit).at(-1);
  return latest ? [{ latest, previous: previousFigure(dated, latest) }] : [];
}
