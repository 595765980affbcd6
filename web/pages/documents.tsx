// The documents list, paginated in SQL, and full-text search with highlighted snippets.
import type { DocumentSummary, Page, SearchHit } from '../../src/store/index.js';
import { HIGHLIGHT } from '../../src/store/search.js';
import type { ApiClient } from '../client.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 20;

export async function documentsPage(view: View, api: ApiClient, q: string, offset: number) {
  const { t } = view;
  return (
    <Layout view={view} title={t.documents.title}>
      <form class="inline search" method="get" action="/documents" role="search">
        <label for="q">{t.documents.search}</label>
        <input id="q" name="q" type="search" value={q} maxlength={500} />
        <button type="submit">{t.documents.searchButton}</button>
      </form>
      {q ? await searchResults(view, api, q, offset) : await documentTable(view, api, offset)}
    </Layout>
  );
}

async function documentTable(view: View, api: ApiClient, offset: number) {
  const { t } = view;
  const page = await api.get<Page<DocumentSummary>>('/api/documents', { limit: PAGE_SIZE, offset });
  if (page.items.length === 0) return <p>{t.documents.none}</p>;
  return (
    <>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">{t.documents.title}</th><th scope="col">{t.documents.published}</th><th scope="col">{t.documents.outlet}</th><th scope="col">{t.documents.lang}</th><th scope="col">{t.documents.facts}</th></tr></thead>
          <tbody>
            {page.items.map((doc) => (
              <tr>
                <td><a href={`/documents/${doc.id}`}>{doc.title ?? doc.file}</a></td>
                <td>{doc.published ?? '—'}</td>
                <td>{doc.outlet ?? '—'}</td>
                <td>{doc.lang}</td>
                <td class="num">{doc.factCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
    </>
  );
}

async function searchResults(view: View, api: ApiClient, q: string, offset: number) {
  const { t } = view;
  const page = await api.get<Page<SearchHit>>('/api/search', { q, limit: PAGE_SIZE, offset });
  return (
    <>
      <p class="muted" role="status">{page.total} {t.documents.results}</p>
      <ol class="hits" start={offset + 1}>
        {page.items.map((hit) => (
          <li>
            <a href={`/documents/${hit.id}`}>{hit.title ?? hit.file}</a> <span class="muted">{hit.outlet ?? hit.file}{hit.published ? `, ${hit.published}` : ''}</span>
            <p class="snippet">{snippet(hit.snippet)}</p>
          </li>
        ))}
      </ol>
      <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
    </>
  );
}

/** The snippet's ⟦matches⟧ as <mark>s; the text around them stays escaped text. */
function snippet(text: string) {
  return text.split(HIGHLIGHT.start).map((part, i) => {
    if (i === 0) return part;
    const [match, rest = ''] = part.split(HIGHLIGHT.stop);
    return <><mark>{match}</mark>{rest}</>;
  });
}
