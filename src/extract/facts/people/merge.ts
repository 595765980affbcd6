// One entry per person per document: a surname alone ("Overchuk", "President Hu") folds into the full name; the first stated role and country are kept, gaps filled from later mentions.
import type { Person } from '../../../core/index.js';

export function mergePeople(found: Person[]): Person[] {
  const kept: Person[] = [];
  for (const person of found) {
    const same = kept.find((k) => samePerson(k.name, person.name));
    if (!same) {
      kept.push({ ...person });
      continue;
    }
    if (same.name.split(' ').length < 2) same.name = person.name;
    same.country ??= person.country;
    same.role ??= person.role;
  }
  return kept;
}

/** Same surname, and the same first initial where both give a first name. */
export function samePerson(a: string, b: string): boolean {
  const x = a.toLowerCase().split(' '), y = b.toLowerCase().split(' ');
  if (x.length < 2 || y.length < 2) return (x.length < 2 ? y : x).includes((x.length < 2 ? x : y)[0]);
  return x.at(-1) === y.at(-1) && x[0][0] === y[0][0];
}
