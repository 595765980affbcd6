// Lists of one kind of fact, each row citing its source: the timeline of events, the registry of
// instruments, and the people named in the documents. Paginated in SQL.
import type { Child } from 'hono/jsx';
import type { FactRow, Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { sourceLabel } from '../format.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 30;

interface Register {
  kind: 'event' | 'instrument' | 'person';
  title: (view: View) => string;
  note?: (view: View) => string;
  none: (view: View) => string;
  columns: (view: View) => string[];
  cells: (row: FactRow) => Child[];
}

const EVENTS: Register = {
  kind: 'event',
  title: (v) => v.t.timeline.title,
  note: (v) => v.t.timeline.note,
  none: (v) => v.t.timeline.none,
  columns: (v) => [v.t.timeline.date, v.t.timeline.event, v.t.timeline.place],
  cells: (row) => row.kind === 'event' ? [row.fact.date ?? '—', `${row.fact.type}: ${row.fact.title}`, row.fact.place ?? '—'] : [],
};

const INSTRUMENTS: Register = {
  kind: 'instrument',
  title: (v) => v.t.instruments.title,
  none: (v) => v.t.instruments.none,
  columns: (v) => [v.t.instruments.type, v.t.nav.instruments, v.t.instruments.signed, v.t.instruments.parties],
  cells: (row) => row.kind === 'instrument'
    ? [row.fact.type, row.fact.title, row.fact.signed_on ?? '—', row.fact.parties.join(', ') || '—'] : [],
};

const PEOPLE: Register = {
  kind: 'person',
  title: (v) => v.t.people.title,
  none: (v) => v.t.people.none,
  columns: (v) => [v.t.people.name, v.t.people.role, v.t.people.country],
  cells: (row) => row.kind === 'person' ? [row.fact.name, row.fact.role ?? '—', row.fact.country ?? '—'] : [],
};

export const REGISTERS = { timeline: EVENTS, instruments: INSTRUMENTS, people: PEOPLE };

export async function registerPage(view: View, api: ApiClient, register: Register, offset: number) {
  const page = await api.get<Page<FactRow>>('/api/facts', { kind: register.kind, limit: PAGE_SIZE, offset });
  const { t } = view;
  return (
    <Layout view={view} title={register.title(view)}>
      {register.note && <p class="note">{register.note(view)}</p>}
      {page.items.length === 0 ? <p>{register.none(view)}</p> : (
        <>
          <div class="table-wrap">
            <table>
              <thead><tr>{register.columns(view).map((c) => <th scope="col">{c}</th>)}<th scope="col">{t.indicator.source}</th></tr></thead>
              <tbody>
                {page.items.map((row) => (
                  <tr>
                    {register.cells(row).map((cell) => <td>{cell}</td>)}
                    <td><a href={`/documents/${row.documentId}#fact-${row.id}`} title={row.quote ?? undefined}>{sourceLabel(row)}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
        </>
      )}
    </Layout>
  );
}
