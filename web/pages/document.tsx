// One document: its text with the extracted facts highlighted (colour by kind, from the facts' spans) and
// the facts listed with their quotes, each linked to its place in the text.
import type { FactRow, StoredDocument } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { describeFact } from '../format.js';
import { highlightRuns } from '../highlight.js';
import { Layout, ReviewForm, TokenBox, type View } from '../layout.js';

const KINDS = ['measurement', 'instrument', 'event', 'person'] as const;

export async function documentPage(view: View, api: ApiClient, id: string) {
  const doc = await api.get<StoredDocument>(`/api/documents/${id}`);
  const { t } = view;
  const firstRun = new Map<string, number>();
  const runs = highlightRuns(doc.text, doc.facts);
  for (const run of runs) for (const fact of run.facts) if (!firstRun.has(fact.id)) firstRun.set(fact.id, run.start);
  return (
    <Layout view={view} title={doc.title ?? doc.file}>
      <p class="meta">
        {[doc.outlet, doc.published, doc.lang, doc.file].filter(Boolean).join(' · ')}
        {doc.url && <> · <a href={safeUrl(doc.url)} rel="noopener noreferrer nofollow">{t.document.source}</a></>}
      </p>
      <div class="document">
        <section class="text card" aria-labelledby="text-h">
          <h2 id="text-h">{t.document.text}</h2>
          <p class="legend" aria-label={t.document.legend}>
            {KINDS.map((kind) => <span class={`k-${kind}`}>{t.kinds[kind]}</span>)}
          </p>
          <div class="body" lang={doc.lang}>
            {runs.map((run) => run.facts.length === 0 ? run.text : (
              <mark id={`at-${run.start}`} class={`fact k-${run.facts[0].kind}`} data-facts={run.facts.map((f) => f.id).join(' ')}
                title={run.facts.map((f) => t.kinds[f.kind as keyof typeof t.kinds]).join(', ')}>{run.text}</mark>
            ))}
          </div>
        </section>
        <section class="facts card" aria-labelledby="facts-h">
          <h2 id="facts-h">{t.document.facts} ({doc.facts.length})</h2>
          {doc.facts.length === 0 ? <p>{t.document.noFacts}</p> : (
            <><TokenBox view={view} />
            <ol class="fact-list">
              {doc.facts.map((row) => <FactItem view={view} row={row} at={firstRun.get(row.id)} />)}
            </ol></>
          )}
        </section>
      </div>
    </Layout>
  );
}

function FactItem(props: { view: View; row: FactRow; at: number | undefined }) {
  const { row, view } = props;
  return (
    <li id={`fact-${row.id}`} class={`k-${row.kind}`}>
      <span class="kind">{view.t.kinds[row.kind]}</span> <strong>{describeFact(row, view.lang)}</strong>
      {row.quote && <blockquote>{row.quote}</blockquote>}
      {props.at !== undefined && <a href={`#at-${props.at}`} class="jump">{view.t.document.showInText}</a>}
      <details class="review">
        <summary>{view.t.document.review}</summary>
        <ReviewForm view={view} target="fact" id={row.id} correctable />
      </details>
    </li>
  );
}

/** Only web links leave the site; anything else (javascript:, data:) becomes inert. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
