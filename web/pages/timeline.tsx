// The timeline: events and instruments merged across documents, in date order, what happened apart from what
// was planned or announced, each entry with the stories and documents that report it.
import { EVENT_TYPES } from '../../src/core/facts.js';
import { AREA_IDS } from '../../src/plans/areas/index.js';
import type { ListedEntry } from '../../src/pipeline/read-model-rows.js';
import type { Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { sourceHref } from '../figures.js';
import { sourceLabel } from '../format.js';
import { fill } from '../i18n/index.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 40;
const TYPES = [...EVENT_TYPES, 'instrument'] as const;

export interface TimelineFilter {
  type?: string;
  pair?: string;
  party?: string;
  area?: string;
  from?: string;
  to?: string;
}

export function timelineFilter(query: Record<string, string | undefined>): TimelineFilter {
  const day = (value: string | undefined) => (/^\d{4}-\d{2}-\d{2}$/.test(value ?? '') ? value : undefined);
  return {
    type: (TYPES as readonly string[]).includes(query.type ?? '') ? query.type : undefined,
    pair: /^[A-Za-z]{2}-[A-Za-z]{2}$/.test(query.pair ?? '') ? query.pair!.toUpperCase() : undefined,
    party: /^[A-Za-z]{2}$/.test(query.party ?? '') ? query.party!.toUpperCase() : undefined,
    area: (AREA_IDS as readonly string[]).includes(query.area ?? '') ? query.area : undefined,
    from: day(query.from),
    to: day(query.to),
  };
}

export async function timelinePage(view: View, api: ApiClient, filter: TimelineFilter, offset: number) {
  const { t } = view;
  const page = await api.get<Page<ListedEntry>>('/api/timeline', { ...filter, limit: PAGE_SIZE, offset });
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
        <label for="area">{t.timeline.area}</label>
        <select id="area" name="area">
          <option value="">{t.timeline.anyArea}</option>
          {AREA_IDS.map((area) => <option value={area} selected={area === filter.area}>{t.timeline.areas[area]}</option>)}
        </select>
        <label for="party">{t.timeline.party}</label>
        <input id="party" name="party" value={filter.party ?? ''} size={3} maxlength={2} pattern="[A-Za-z]{2}" placeholder="AZ" />
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

function Entries(props: { view: View; heading: string; entries: ListedEntry[] }) {
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
                  {entry.areas.length > 0 && (
                    <ul class="tags" aria-label={t.timeline.area}>
                      {entry.areas.map((area) => <li>{t.timeline.areas[area as keyof View['t']['timeline']['areas']] ?? area}</li>)}
                    </ul>
                  )}
                  {entry.fulfilledBy && <div><a href={`#${entry.fulfilledBy}`}>{t.timeline.happenedAs}</a></div>}
                </td>
                <td>{entry.place ?? '—'}</td>
                <td>
                  <ul class="plain">
                    {entry.sources.map((source) => (
                      <li><a href={sourceHref(source)} title={source.quote ?? undefined}>{sourceLabel(source)}</a></li>
                    ))}
                  </ul>
                  {entry.sourceCount > entry.sources.length && (
                    <p class="muted">{fill(t.timeline.moreSources, { n: entry.sourceCount - entry.sources.length })}</p>
                  )}
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
