// People and organisations resolved across spellings and languages, with the roles they held over time, and
// a page per person with every role, spelling and mention.
import type { PersonEntity } from '../../src/knowledge/entities/index.js';
import type { Listed, Page } from '../../src/store/index.js';
import type { ApiClient } from '../client.js';
import { sourceHref } from '../figures.js';
import { SourceMentions } from '../source-mentions.js';
import { Layout, Pager, SortSelect, type View } from '../layout.js';

const PAGE_SIZE = 30;

export interface PeopleFilter {
  name?: string;
  country?: string;
  sort?: 'name';
}

export function peopleFilter(query: Record<string, string | undefined>): PeopleFilter {
  const name = query.name?.trim().slice(0, 200);
  return {
    name: name || undefined,
    country: /^[A-Za-z]{2}$/.test(query.country ?? '') ? query.country!.toUpperCase() : undefined,
    sort: query.sort === 'name' ? 'name' : undefined,
  };
}

export async function peoplePage(view: View, api: ApiClient, filter: PeopleFilter, offset: number) {
  const { t } = view;
  const page = await api.get<Page<Listed<PersonEntity>>>('/api/people', { ...filter, limit: PAGE_SIZE, offset });
  return (
    <Layout view={view} title={t.people.title}>
      <form class="inline filters" method="get" action="/people">
        <label for="name">{t.people.search}</label>
        <input id="name" name="name" type="search" value={filter.name ?? ''} maxlength={200} />
        <label for="country">{t.people.country}</label>
        <input id="country" name="country" value={filter.country ?? ''} size={3} maxlength={2} pattern="[A-Za-z]{2}" placeholder="RU" />
        <SortSelect view={view} sort={filter.sort} />
        <button type="submit">{t.people.filter}</button>
      </form>
      {page.items.length === 0 ? <p>{t.people.none}</p> : (
        <>
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">{t.people.name}</th><th scope="col">{t.people.country}</th><th scope="col">{t.people.roles}</th><th scope="col">{t.people.mentions}</th></tr></thead>
              <tbody>
                {page.items.map((person) => (
                  <tr>
                    <td><a href={`/people/${person.id}`}>{person.name}</a>{person.aliases.length > 0 && <div class="muted">{person.aliases.join(', ')}</div>}</td>
                    <td>{person.countries.join(', ') || '—'}</td>
                    <td><Roles view={view} person={person} /></td>
                    <td class="num">{person.sourceCount}</td>
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

/** Roles oldest first, each with the date of the source that says it. */
function Roles(props: { view: View; person: PersonEntity }) {
  const { person, view } = props;
  if (person.roles.length === 0) return <>—</>;
  return (
    <ol class="roles">
      {person.roles.map((role) => <li><span class="muted">{role.date ?? view.t.people.undated}</span> {role.role}</li>)}
    </ol>
  );
}

export async function personPage(view: View, api: ApiClient, id: string) {
  const { t } = view;
  const person = await api.get<PersonEntity>(`/api/people/${encodeURIComponent(id)}`);
  return (
    <Layout view={view} title={person.name}>
      <dl class="facts-list card">
        <dt>{t.people.country}</dt><dd>{person.countries.join(', ') || '—'}</dd>
        {person.aliases.length > 0 && <><dt>{t.people.aliases}</dt><dd>{person.aliases.join(', ')}</dd></>}
      </dl>
      <section aria-labelledby="roles-h">
        <h2 id="roles-h">{t.people.roles}</h2>
        {person.roles.length === 0 ? <p>—</p> : (
          <div class="table-wrap">
            <table>
              <thead><tr><th scope="col">{t.people.date}</th><th scope="col">{t.people.role}</th><th scope="col">{t.indicator.source}</th></tr></thead>
              <tbody>
                {person.roles.map((role) => {
                  // A role's source is the document that gives it.
                  const source = person.sources.find((s) => s.document === role.source);
                  return (
                    <tr>
                      <td>{role.date ?? t.people.undated}</td>
                      <td>{role.role}</td>
                      <td>{source ? <a href={sourceHref(source)}>{source.file}</a> : role.source}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <SourceMentions heading={t.people.mentions} sources={person.sources} />
    </Layout>
  );
}
