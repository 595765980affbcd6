// How two entities a curator merges become one: spellings, roles, parties and sources joined.
import type { InstrumentEntity, PersonEntity } from '../entities/index.js';

const union = <T>(...lists: T[][]) => [...new Set(lists.flat())];

export function joinPeople(into: PersonEntity, other: PersonEntity): PersonEntity {
  return {
    ...into,
    aliases: union(into.aliases, [other.name], other.aliases).filter((name) => name !== into.name).sort(),
    roles: [...into.roles, ...other.roles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    countries: union(into.countries, other.countries).sort(),
    sources: [...into.sources, ...other.sources],
  };
}

export function joinInstruments(into: InstrumentEntity, other: InstrumentEntity): InstrumentEntity {
  return {
    ...into,
    aliases: union(into.aliases, [other.title], other.aliases).filter((title) => title !== into.title),
    parties: union(into.parties, other.parties).sort(),
    signedOn: into.signedOn ?? other.signedOn,
    place: into.place ?? other.place,
    validUntil: into.validUntil ?? other.validUntil,
    sources: [...into.sources, ...other.sources],
  };
}
