// Lists of one kind of fact, each row citing its source: the events as extracted from each document.
// Paginated in SQL.
import type { Child } from 'hono/jsx';
import type { FactRow, Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { sourceLabel } from '../format.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 30;

interface Register {
  kind: 'event';
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

export const REGISTERS = { timeline: EVENTS };

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
