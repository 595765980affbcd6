// The review queue: conflicts between sources and evidence links nobody has judged, each with what an editor
// needs to decide and, for links, confirm and reject buttons.
import type { ReviewItem } from '../../src/api/read-models.js';
import type { Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { ConflictDetail, figureHeading } from '../figures.js';
import { Layout, Pager, ReviewForm, TokenBox, type View } from '../layout.js';

const PAGE_SIZE = 20;
const KINDS = ['conflict', 'fact', 'link'] as const;

export function reviewKind(value: string | undefined): ReviewItem['kind'] | undefined {
  return (KINDS as readonly string[]).includes(value ?? '') ? value as ReviewItem['kind'] : undefined;
}

export async function reviewPage(view: View, api: ApiClient, kind: ReviewItem['kind'] | undefined, offset: number) {
  const { t } = view;
  const page = await api.get<Page<ReviewItem>>('/api/review/queue', { kind, limit: PAGE_SIZE, offset });
  return (
    <Layout view={view} title={`${t.review.title} (${page.total})`}>
      <nav class="tabs" aria-label={t.review.title}>
        <a href="/review" aria-current={kind === undefined ? 'page' : undefined}>{t.review.all}</a>
        {KINDS.map((k) => <a href={`/review?kind=${k}`} aria-current={kind === k ? 'page' : undefined}>{t.review.kinds[k]}</a>)}
      </nav>
      {page.items.length === 0 ? <p>{t.review.none}</p> : (
        <>
          {page.items.some((item) => item.kind !== 'conflict') && <TokenBox view={view} />}
          <ol class="queue" start={offset + 1}>
            {page.items.map((item) => item.kind === 'fact' ? (
              <li class="card queue-item fact-item">
                <span class="badge">{t.review.kinds.fact}</span> <strong>{item.summary}</strong>
                <p class="muted">{item.reasons.join('; ')}</p>
                {item.sources.map((source) => <p>{source.file}{source.quote && <blockquote>{source.quote}</blockquote>}</p>)}
                <ReviewForm view={view} target="fact" id={item.id} correctable />
              </li>
            ) : item.kind === 'conflict' ? (
              <li class="card queue-item conflict-item">
                <span class="badge conflict">{t.review.kinds.conflict}</span>{' '}
                <a href={`/indicators/${item.figure.indicator}${item.figure.pair ? `?pair=${item.figure.pair}` : ''}`}><strong>{figureHeading(view, item.figure)}</strong></a>
                <ConflictDetail view={view} figure={item.figure} />
                <p class="note">{t.review.conflictNote}</p>
              </li>
            ) : (
              <li class="card queue-item link-item" id={`link-${item.id}`}>
                <span class="badge">{t.review.kinds.link}</span>{' '}
                {t.review.plan}: <a href={`/plans/${encodeURIComponent(item.planId)}${item.link.measureId ? `/measures/${encodeURIComponent(item.link.measureId)}` : ''}`}>{item.planTitle}{item.link.measureId ? ` · ${item.link.measureId}` : ''}</a>
                <blockquote>{item.link.quote}</blockquote>
                <p class="muted"><a href={`/documents/${item.link.documentId}#fact-${item.link.factId}`}>{item.link.file}</a> · {t.plans.score} {item.link.score.toFixed(2)} · {item.link.reasons.join('; ')}</p>
                <ReviewForm view={view} target="link" id={item.id} />
              </li>
            ))}
          </ol>
          <Pager view={view} total={page.total} limit={PAGE_SIZE} offset={offset} />
        </>
      )}
    </Layout>
  );
}
