// The timeline: events and instruments merged across documents, in date order, what happened apart from what
// was planned or announced, each entry with the stories and documents that report it.
import { EVENT_TYPES } from '../../src/core/facts.js';
import type { TimelineEntry } from '../../src/knowledge/timeline/timeline.js';
import type { Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { sourceHref } from '../figures.js';
import { sourceLabel } from '../format.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 40;
const TYPES = [...EVENT_TYPES, 'instrument'] as const;

export interface TimelineFilter {
  type?: string;
  pair?: string;
  from?: string;
  to?: string;
}

export function timelineFilter(query: Record<string, string | undefined>): TimelineFilter {
  const day = (value: string | undefined) => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : undefined);
  return {
    type: (TYPES as readonly string[]).includes(query.type ?? '') ? query.type : undefined,
    pair: /^[A-Za-z]{2}-[A-Za-z]{2}$/.test(query.pair ?? '') ? query.pair!.toUpperCase() : undefined,
    from: day(query.from),
    to: day(query.to),
  };
}

export async function timelinePage(view: View, api: ApiClient, filter: TimelineFilter, offset: number) {
  const { t } = view;
  const page = await api.get<Page<TimelineEntry>>('/api/timeline', { ...filter, limit: PAGE_SIZE, offset });
  const happened = page.items.filter((entry) => entry.status === 'happened');
  const planned = page.items.filter((entry) => entry.status === 'planned');
  return (
    <Layout view={view} title={t.timeline.title}>
      <p class="note">{t.timeline.note}</p>
      <form class="inline filters" method="get" action="/timeline">
        <label for="type">{t.timeline.type}</label>
        <select id="type" name="type">
          <option value="">{t.timeline.anyType}</option>
          {TYPES.map((type) => <option value={type} selected={type === filter.type}>{typeLabel(view, type)}</option>)}
        </select>
        <label for="pair">{t.dashboard.pair}</label>
        <input id="pair" name="pair" value={filter.pair ?? ''} size={6} maxlength={5} pattern="[A-Za-z]{2}-[A-Za-z]{2}" placeholder="RU-AZ" />
        <label for="from">{t.timeline.from}</label>
        <input id="from" name="from" type="date" value={filter.from ?? ''} />
        <label for="to">{t.timeline.to}</label>
        <input id="to" name="to" type="date" value={filter.to ?? ''} />
        <button type="submit">{t.instruments.filter}</button>
      </form>
      {page.items.length === 0 ? <p>{t.timeline.none}</p> : (
        <>
          <Entries view={view} heading={t.timeline.happened} entries={happened} />
          {planned.length > 0 && <Entries view={view} heading={t.timeline.planned} entries={planned} />}
          <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
        </>
      )}
    </Layout>
  );
}

function Entries(props: { view: View; heading: string; entries: TimelineEntry[] }) {
  const { t } = props.view;
  return (
    <section>
      <h2>{props.heading}</h2>
      <div class="table-wrap">
        <table>
          <thead><tr>
            <th scope="col">{t.timeline.date}</th><th scope="col">{t.timeline.event}</th>
            <th scope="col">{t.timeline.place}</th><th scope="col">{t.timeline.sources}</th>
          </tr></thead>
          <tbody>
            {props.entries.map((entry) => (
              <tr id={entry.id}>
                <td>{entry.date ?? t.timeline.undated}{entry.endDate ? ` – ${entry.endDate}` : ''}</td>
                <td>
                  <span class="muted">{typeLabel(props.view, entry.type, entry.instrumentType)}</span> {entry.title}
                  {entry.participants.length > 0 && <div class="muted">{entry.participants.join(', ')}</div>}
                  {entry.fulfilledBy && <div><a href={`#${entry.fulfilledBy}`}>{t.timeline.happenedAs}</a></div>}
                </td>
                <td>{entry.place ?? '—'}</td>
                <td>
                  <ul class="plain">
                    {entry.sources.map((source) => (
                      <li><a href={sourceHref(source)} title={source.quote ?? undefined}>{sourceLabel(source)}</a></li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function typeLabel(view: View, type: string, instrumentType?: string): string {
  if (type === 'instrument') return view.t.types[(instrumentType ?? 'other') as keyof View['t']['types']] ?? view.t.timeline.types.instrument;
  return view.t.timeline.types[type as keyof View['t']['timeline']['types']] ?? type;
}
