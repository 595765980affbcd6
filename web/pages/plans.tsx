// Plans: the list, a board per plan (road maps → measures with status colour, deadline, evidence count,
// overdue highlighted) and a page per measure with its evidence links and an editor's verdict on each.
import type { MeasureView, PlanView } from '../../src/api/read-models.js';
import type { MeasureState, Progress } from '../../src/plans/index.js';
import type { Page } from '../../src/store/index.js';
import type { PlanSummary } from '../../src/store/plans.js';
import type { ApiClient } from '../client.js';
import { fill } from '../i18n/index.js';
import { Layout, Pager, ReviewForm, TokenBox, type View } from '../layout.js';

const PAGE_SIZE = 30;

export async function plansPage(view: View, api: ApiClient, offset: number) {
  const { t } = view;
  const page = await api.get<Page<PlanSummary>>('/api/plans', { limit: PAGE_SIZE, offset });
  return (
    <Layout view={view} title={t.plans.title}>
      {page.items.length === 0 ? <p>{t.plans.none}</p> : (
        <>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">{t.plans.title}</th><th scope="col">{t.plans.parties}</th><th scope="col">{t.plans.period}</th><th scope="col">{t.plans.roadmaps}</th><th scope="col">{t.plans.measures}</th><th scope="col">{t.plans.links}</th></tr></thead>
              <tbody>
                {page.items.map((plan) => (
                  <tr>
                    <td><a href={`/plans/${encodeURIComponent(plan.id)}`}>{plan.title}</a></td>
                    <td>{plan.parties.join(' – ')}</td>
                    <td>{plan.period.start} – {plan.period.end}</td>
                    <td class="num">{plan.roadmaps}</td>
                    <td class="num">{plan.measures}</td>
                    <td class="num">{plan.links}</td>
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

function share(view: View, progress: Progress): string {
  return progress.doneShare === null ? '—' : fill(view.t.plans.progress, { share: `${Math.round(progress.doneShare * 100)}%` });
}

export function StatusBadge(props: { view: View; status: MeasureState['status'] }) {
  return <span class={`status status-${props.status}`}>{props.view.t.plans.statuses[props.status]}</span>;
}

function AsOfForm(props: { view: View; action: string; asOf: string }) {
  const { t } = props.view;
  return (
    <form class="inline" method="get" action={props.action}>
      <label for="asOf">{t.plans.asOf}</label>
      <input id="asOf" name="asOf" type="date" value={props.asOf} />
      <button type="submit">{t.plans.show}</button>
    </form>
  );
}

export async function planPage(view: View, api: ApiClient, id: string, asOf: string | undefined) {
  const { t } = view;
  const plan = await api.get<PlanView>(`/api/plans/${encodeURIComponent(id)}`, { asOf });
  const measureHref = (measure: MeasureState) =>
    `/plans/${encodeURIComponent(id)}/measures/${encodeURIComponent(measure.measureId)}${asOf ? `?asOf=${asOf}` : ''}`;
  return (
    <Layout view={view} title={plan.plan.title}>
      <p class="meta">{plan.plan.parties.join(' – ')} · {plan.plan.period.start} – {plan.plan.period.end} · <strong>{share(view, plan.progress)}</strong></p>
      <AsOfForm view={view} action={`/plans/${encodeURIComponent(id)}`} asOf={plan.asOf} />
      <p class="legend" aria-hidden="true">{(['planned', 'in_progress', 'done', 'overdue', 'dropped'] as const).map((status) => <StatusBadge view={view} status={status} />)}</p>
      <div class="board">
        {plan.roadmaps.map((roadmap) => (
          <section class="card roadmap" aria-labelledby={`rm-${roadmap.id}`}>
            <h2 id={`rm-${roadmap.id}`}>{roadmap.title}</h2>
            <p class="muted">{roadmap.area} · {share(view, roadmap.progress)}</p>
            <ul class="measures plain">
              {roadmap.measures.map((measure) => (
                <li class={`measure${measure.status === 'overdue' ? ' overdue' : ''}`} data-status={measure.status}>
                  <StatusBadge view={view} status={measure.status} />{' '}
                  <a href={measureHref(measure)}>{measure.title}</a>
                  <div class="muted">
                    {measure.deadline && <>{t.plans.deadline}: <time datetime={measure.deadline}>{measure.deadline}</time> · </>}
                    {fill(t.plans.evidenceCount, { n: measure.evidence.links, confirmed: measure.evidence.confirmed })}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}

export async function measurePage(view: View, api: ApiClient, planId: string, measureId: string, asOf: string | undefined) {
  const { t } = view;
  const m = await api.get<MeasureView>(`/api/plans/${encodeURIComponent(planId)}/measures/${encodeURIComponent(measureId)}`, { asOf });
  const responsible = Object.entries(m.responsible);
  return (
    <Layout view={view} title={m.state.title}>
      <p class="meta"><a href={`/plans/${encodeURIComponent(planId)}`}>{m.plan.title}</a> · {t.plans.roadmap}: {m.roadmap.title}</p>
      <dl class="facts-list card">
        <dt>{t.plans.status}</dt><dd><StatusBadge view={view} status={m.state.status} /> <span class="muted">({t.plans.asOf} {m.asOf})</span></dd>
        <dt>{t.plans.deadline}</dt><dd>{m.state.deadline ?? '—'}</dd>
        <dt>{t.plans.why}</dt><dd>{m.state.source}</dd>
        <dt>{t.plans.evidence}</dt><dd>{fill(t.plans.evidenceCount, { n: m.state.evidence.links, confirmed: m.state.evidence.confirmed })}</dd>
        {responsible.length > 0 && <><dt>{t.plans.responsible}</dt><dd>{responsible.map(([country, names]) => `${country}: ${names.join(', ')}`).join('; ')}</dd></>}
      </dl>
      <section aria-labelledby="links-h">
        <h2 id="links-h">{t.plans.evidence}</h2>
        {m.links.length === 0 ? <p>{t.plans.noLinks}</p> : (
          <>
            <TokenBox view={view} />
            <ol class="evidence">
              {m.links.map((link) => (
                <li id={`link-${link.id}`} class={link.review ? `reviewed ${link.review.verdict}` : 'unreviewed'}>
                  <a href={`/documents/${link.documentId}#fact-${link.factId}`}>{link.file}</a>{' '}
                  <span class="muted">{t.plans.score} {link.score.toFixed(2)} · {link.factKind}{link.factDate ? ` · ${link.factDate}` : ''}</span>
                  <blockquote>{link.quote}</blockquote>
                  <p class="muted">{t.plans.reasons}: {link.reasons.join('; ')}</p>
                  <p>{t.plans.verdict}: <strong class="verdict">{link.review ? `${t.review.verdicts[link.review.verdict]} (${link.review.reviewer}: ${link.review.why})` : t.plans.unreviewed}</strong></p>
                  <ReviewForm view={view} target="link" id={link.id} verdict={link.review?.verdict} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <section aria-labelledby="history-h">
        <h2 id="history-h">{t.plans.history}</h2>
        {m.history.length === 0 ? <p>{t.plans.noHistory}</p> : (
          <ul class="plain">{m.history.map((change) => <li><time>{change.asOf}</time> <StatusBadge view={view} status={change.status as MeasureState['status']} /> <span class="muted">{change.source}</span></li>)}</ul>
        )}
      </section>
    </Layout>
  );
}
