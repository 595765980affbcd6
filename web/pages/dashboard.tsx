// The dashboard of a country pair: headline figures with their sources, latest events, what is stored.
import type { DocumentSummary, FactRow, Page, StoreStats } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { describeFact, sourceLabel } from '../format.js';
import { Layout, NotYet, type View } from '../layout.js';

const HEADLINE_INDICATORS = ['trade_turnover', 'exports', 'imports', 'investment', 'tourist_trips'] as const;
const PAIRS = ['AZ-RU', 'RU-UZ', 'KZ-RU'];

export async function dashboardPage(view: View, api: ApiClient, pair: string) {
  const [first] = pair.split('-');
  const [stats, latest, events, ...headline] = await Promise.all([
    api.get<StoreStats>('/api/stats'),
    api.get<Page<DocumentSummary>>('/api/documents', { limit: 5 }),
    api.get<Page<FactRow>>('/api/facts', { kind: 'event', limit: 6 }),
    ...HEADLINE_INDICATORS.map((indicator) => api.get<Page<FactRow>>('/api/facts', {
      kind: 'measurement', indicator, limit: 1, party: indicator === 'exports' || indicator === 'imports' ? first : undefined,
    })),
  ]);
  const { t } = view;
  const locale = view.lang;
  const figures = headline.flatMap((page) => page.items);
  return (
    <Layout view={view} title={`${t.dashboard.title}: ${pair.replace('-', ' – ')}`}>
      <form class="inline" method="get" action="/">
        <label for="pair">{t.dashboard.pair}</label>
        <select id="pair" name="pair">
          {PAIRS.map((p) => <option value={p} selected={p === pair}>{p.replace('-', ' – ')}</option>)}
        </select>
        <button type="submit">{t.dashboard.show}</button>
      </form>
      <div class="grid">
        <section class="card" aria-labelledby="headline">
          <h2 id="headline">{t.dashboard.headline}</h2>
          <p class="note">{t.dashboard.headlineNote}</p>
          {figures.length === 0 ? <p>{t.dashboard.none}</p> : (
            <ul class="figures">
              {figures.map((row) => (
                <li>
                  <a href={`/indicators/${row.kind === 'measurement' ? row.fact.indicator : ''}`}><strong>{describeFact(row, locale)}</strong></a>
                  <blockquote>{row.quote}</blockquote>
                  <a class="source" href={`/documents/${row.documentId}#fact-${row.id}`}>{sourceLabel(row)}</a>
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
        <NotYet title={t.dashboard.conflicts} text={t.dashboard.notYet} />
      </div>
    </Layout>
  );
}
