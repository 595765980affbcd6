// Stories: documents that tell one story (copies, rewrites, translations), the canonical copy first.
import type { Page, StoryRecord } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { Layout, Pager, type View } from '../layout.js';

const PAGE_SIZE = 20;

export async function storiesPage(view: View, api: ApiClient, all: boolean, offset: number) {
  const { t } = view;
  const page = await api.get<Page<StoryRecord>>('/api/stories', { copies: all ? 'false' : 'true', limit: PAGE_SIZE, offset });
  return (
    <Layout view={view} title={t.stories.title}>
      <p class="note">{t.stories.note}</p>
      <nav class="tabs" aria-label={t.stories.title}>
        <a href="/stories" aria-current={all ? undefined : 'page'}>{t.stories.onlyCopies}</a>
        <a href="/stories?all=1" aria-current={all ? 'page' : undefined}>{t.stories.all}</a>
      </nav>
      {page.items.length === 0 ? <p>{t.stories.none}</p> : (
        <>
          <ol class="stories" start={offset + 1}>
            {page.items.map((story) => (
              <li class="card">
                <h2>{story.documents.length} {t.stories.documents.toLowerCase()} <span class="muted">· {t.stories.similarity} ≥ {story.similarity.toFixed(2)}</span></h2>
                <ul class="plain">
                  {story.documents.map((doc, i) => (
                    <li><a href={`/documents/${doc.id}`}>{doc.file}</a> <span class="muted">{[doc.outlet, doc.published].filter(Boolean).join(', ')}
                      {' · '}{i === 0 ? t.stories.canonical : doc.similarity.toFixed(2)}</span></li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
        </>
      )}
    </Layout>
  );
}
