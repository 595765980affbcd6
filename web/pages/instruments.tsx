// The registry of instruments resolved across title variants, filtered by type, party and year, and a page
// per instrument: every mention with its quote, parties, dates and the plan measures it is evidence for.
import { INSTRUMENT_TYPES } from '../../src/core/facts.js';
import type { InstrumentEntity } from '../../src/knowledge/entities/index.js';
import type { Listed, Page } from '../../src/store/index.js';
import type { LinkedMeasure } from '../../src/api/read-models.js';
import type { ApiClient } from '../client.js';
import { SourceMentions } from '../source-mentions.js';
import { Layout, Pager, SortSelect, type View } from '../layout.js';

const PAGE_SIZE = 30;

export interface InstrumentFilter {
  type?: string;
  party?: string;
  year?: string;
  sort?: 'name';
}

export function instrumentFilter(query: Record<string, string | undefined>): InstrumentFilter {
  return {
    type: (INSTRUMENT_TYPES as readonly string[]).includes(query.type ?? '') ? query.type : undefined,
    party: /^[A-Za-z]{2}$/.test(query.party ?? '') ? query.party!.toUpperCase() : undefined,
    year: /^\d{4}$/.test(query.year ?? '') ? query.year : undefined,
    sort: query.sort === 'name' ? 'name' : undefined,
  };
}

const typeName = (view: View, type: string) => view.t.types[type as keyof View['t']['types']] ?? type;

export async function instrumentsPage(view: View, api: ApiClient, filter: InstrumentFilter, offset: number) {
  const { t } = view;
  const page = await api.get<Page<Listed<InstrumentEntity>>>('/api/instruments', { ...filter, limit: PAGE_SIZE, offset });
  return (
    <Layout view={view} title={t.instruments.title}>
      <form class="inline filters" method="get" action="/instruments">
        <label for="type">{t.instruments.type}</label>
        <select id="type" name="type">
          <option value="">{t.instruments.anyType}</option>
          {INSTRUMENT_TYPES.map((type) => <option value={type} selected={type === filter.type}>{typeName(view, type)}</option>)}
        </select>
        <label for="party">{t.instruments.party}</label>
        <input id="party" name="party" value={filter.party ?? ''} size={3} maxlength={2} pattern="[A-Za-z]{2}" placeholder="AZ" />
        <label for="year">{t.instruments.year}</label>
        <input id="year" name="year" value={filter.year ?? ''} size={5} maxlength={4} pattern="\d{4}" inputmode="numeric" />
        <SortSelect view={view} sort={filter.sort} />
        <button type="submit">{t.instruments.filter}</button>
      </form>
      {page.items.length === 0 ? <p>{t.instruments.none}</p> : (
        <>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">{t.instruments.name}</th><th scope="col">{t.instruments.type}</th><th scope="col">{t.instruments.signed}</th><th scope="col">{t.instruments.parties}</th><th scope="col">{t.instruments.mentions}</th></tr></thead>
              <tbody>
                {page.items.map((instrument) => (
                  <tr>
                    <td><a href={`/instruments/${instrument.id}`}>{instrument.title}</a></td>
                    <td>{typeName(view, instrument.type)}</td>
                    <td>{instrument.signedOn ?? '—'}</td>
                    <td>{instrument.parties.join(', ') || '—'}</td>
                    <td class="num">{instrument.sourceCount}</td>
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

export async function instrumentPage(view: View, api: ApiClient, id: string) {
  const { t } = view;
  const instrument = await api.get<InstrumentEntity & { measures: LinkedMeasure[] }>(`/api/instruments/${encodeURIComponent(id)}`);
  return (
    <Layout view={view} title={instrument.title}>
      <dl class="facts-list card">
        <dt>{t.instruments.type}</dt><dd>{typeName(view, instrument.type)}</dd>
        <dt>{t.instruments.parties}</dt><dd>{instrument.parties.join(', ') || '—'}</dd>
        <dt>{t.instruments.signed}</dt><dd>{instrument.signedOn ?? '—'}</dd>
        <dt>{t.instruments.place}</dt><dd>{instrument.place ?? '—'}</dd>
        <dt>{t.instruments.validUntil}</dt><dd>{instrument.validUntil ?? '—'}</dd>
        {instrument.aliases.length > 0 && <><dt>{t.instruments.aliases}</dt><dd><ul class="plain">{instrument.aliases.map((alias) => <li>{alias}</li>)}</ul></dd></>}
      </dl>
      <section aria-labelledby="measures-h">
        <h2 id="measures-h">{t.instruments.measures}</h2>
        {instrument.measures.length === 0 ? <p>{t.instruments.noMeasures}</p> : (
          <ul class="plain">
            {instrument.measures.map((m) => (
              <li><a href={m.measureId ? `/plans/${encodeURIComponent(m.planId)}/measures/${encodeURIComponent(m.measureId)}` : `/plans/${encodeURIComponent(m.planId)}`}>
                {m.planTitle}{m.measureId ? ` · ${m.measureId}` : ''}</a>{' '}
                <span class="muted">{m.verdict ? t.review.verdicts[m.verdict as 'confirmed' | 'rejected'] : t.plans.unreviewed}</span></li>
            ))}
          </ul>
        )}
      </section>
      <SourceMentions heading={t.instruments.mentions} sources={instrument.sources} />
    </Layout>
  );
}
