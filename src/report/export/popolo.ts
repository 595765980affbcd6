// People and the bodies they act for as Popolo JSON (persons, organizations, memberships), the open format
// for data about people in public roles. One person per distinct name; one membership per role and source.
import type { FactRow } from '../../store/index.js';
import { sha256 } from '../../core/index.js';

export interface Popolo {
  persons: Array<{ id: string; name: string; other_names: Array<{ name: string }>; sources: Array<{ url: string | null; note: string }> }>;
  organizations: Array<{ id: string; name: string; classification: 'country' }>;
  memberships: Array<{ id: string; person_id: string; organization_id: string | null; role: string | null; start_date: string | null; sources: Array<{ note: string }> }>;
}

type PersonRow = Extract<FactRow, { kind: 'person' }>;

export function toPopolo(rows: FactRow[]): Popolo {
  const people = rows.filter((r): r is PersonRow => r.kind === 'person');
  const persons = new Map<string, Popolo['persons'][number]>();
  const organizations = new Map<string, Popolo['organizations'][number]>();
  const memberships = new Map<string, Popolo['memberships'][number]>();
  for (const row of people) {
    const { name, role, country } = row.fact;
    const personId = 'person-' + id(name.toLowerCase());
    const person = persons.get(personId) ?? { id: personId, name, other_names: [], sources: [] };
    person.sources.push({ url: null, note: `${row.file}${row.published ? `, ${row.published}` : ''}` });
    persons.set(personId, person);
    const organizationId = country ? `country-${country.toLowerCase()}` : null;
    if (country && organizationId && !organizations.has(organizationId)) {
      organizations.set(organizationId, { id: organizationId, name: country, classification: 'country' });
    }
    const membershipId = 'membership-' + id(`${personId}|${organizationId}|${role}`);
    const membership = memberships.get(membershipId) ?? {
      id: membershipId, person_id: personId, organization_id: organizationId, role, start_date: row.published, sources: [],
    };
    if (row.published && (!membership.start_date || row.published < membership.start_date)) membership.start_date = row.published;
    membership.sources.push({ note: row.quote ?? row.file });
    memberships.set(membershipId, membership);
  }
  const byId = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { persons: byId(persons), organizations: byId(organizations), memberships: byId(memberships) };
}

const id = (key: string) => sha256(key).slice(0, 12);
