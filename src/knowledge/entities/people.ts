// People resolved across spellings, transliterations and languages: one entity per folded name, with every
// spelling seen, the roles it held with the date of the source that says so, its countries and sources.
import { stableId, type CountryCode, type Person } from '../../core/index.js';
import type { EntitySource } from './evidence.js';
import { personKey } from './fold.js';

export interface PersonEvidence {
  person: Person;
  source: EntitySource;
}

export interface RoleHeld {
  role: string;
  /** Publication date of the source that gives the role: the role is known to be held then. */
  date: string | null;
  source: string;
}

export interface PersonEntity {
  id: string;
  key: string;
  /** The spelling seen most often in Latin script (else most often at all). */
  name: string;
  aliases: string[];
  roles: RoleHeld[];
  countries: CountryCode[];
  sources: EntitySource[];
}

export function resolvePeople(evidence: readonly PersonEvidence[]): PersonEntity[] {
  const byKey = new Map<string, PersonEvidence[]>();
  for (const item of evidence) {
    const key = personKey(item.person.name);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return [...byKey.entries()].map(([key, items]) => toPerson(key, items))
    .sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
}

function toPerson(key: string, items: PersonEvidence[]): PersonEntity {
  const spellings = new Map<string, number>();
  for (const { person } of items) spellings.set(person.name, (spellings.get(person.name) ?? 0) + 1);
  const latin = (name: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name);
  const [name] = [...spellings.entries()].sort((a, b) =>
    Number(latin(b[0])) - Number(latin(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return {
    id: stableId('person', key),
    key,
    name,
    aliases: [...spellings.keys()].filter((spelling) => spelling !== name).sort(),
    roles: rolesOverTime(items),
    countries: [...new Set(items.flatMap(({ person }) => (person.country ? [person.country] : [])))].sort(),
    sources: items.map(({ source }) => source),
  };
}

/** One line per role and source date, oldest first; the same role from one day is said once. */
function rolesOverTime(items: PersonEvidence[]): RoleHeld[] {
  const seen = new Set<string>();
  return items
    .filter(({ person }) => person.role)
    .map(({ person, source }) => ({ role: person.role!, date: source.published, source: source.document }))
    .filter((held) => {
      const key = `${held.role.toLowerCase()}|${held.date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
