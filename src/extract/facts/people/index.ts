// People named with a role: "Russia's Deputy Prime Minister Alexei Overchuk", "Liu Yandong, Vice-Chairman of CPPCC",
// "вице-премьера России Алексея Оверчука" (given in the nominative). One entry per person per document.
import type { Person } from '../../../core/index.js';
import type { TextModel } from '../../model.js';
import { placesWithin } from '../../model.js';
import { countryOf } from '../../places/countries.js';
import { lexiconFor } from '../shared/language.js';
import { people as en } from '../../lang/en/people.js';
import { people as ru } from '../../lang/ru/people.js';
import { people as az } from '../../lang/az/people.js';
import { nameCandidates, type NameCandidate } from './names.js';
import { nominativeName } from './declension.js';
import { chainStart, compilePeopleLexicon, joinsRoleToName, rolesIn, type CompiledPeopleLexicon, type RoleMatch } from './roles.js';
import { mergePeople } from './merge.js';
import { anaphorsIn, isCounterpart, isSpeaker, roleHead } from './anaphora.js';

const LEXICONS = { en: compilePeopleLexicon(en), ru: compilePeopleLexicon(ru), az: compilePeopleLexicon(az) };
const COUNTRY_LOOKBACK = 24;

export function findPeople(model: TextModel): Person[] {
  const lexicon = lexiconFor(model.lang, LEXICONS);
  const found: Person[] = [];
  let speaker: string | null = null;
  for (const sentence of model.sentences) {
    const [start, end] = sentence.span;
    const cite = { quote: sentence.text, span: sentence.span };
    const places = placesWithin(model, start, end);
    const roles = rolesIn(sentence.text, start, lexicon);
    const used = new Set<RoleMatch>();
    const anaphors = anaphorsIn(sentence.text, start, lexicon);
    for (const name of nameCandidates(sentence.text, start, lexicon.notAName, places)) {
      if (name.span[1] >= model.text.length) continue; // a name cut off where the text was truncated
      while (anaphors.length && anaphors[0].span[1] <= name.span[0]) referTo(speaker, anaphors.shift()!.role, found, cite);
      const person = personBefore(model, name, roles, used, lexicon) ?? personAfter(model, name, lexicon) ??
        counterpartOf(model, name, found.at(-1), lexicon);
      if (person) found.push({ ...person, ...cite });
      if (isSpeaker(model, name, lexicon)) speaker = person?.name ?? nominativeName(name.tokens, false).join(' ');
    }
    for (const a of anaphors) referTo(speaker, a.role, found, cite);
  }
  return mergePeople(found);
}

/** "… the minister said": the last speaker, with that role. */
function referTo(speaker: string | null, role: string, found: Person[], cite: Pick<Person, 'quote' | 'span'>): void {
  if (speaker) found.push({ name: speaker, role, country: null, ...cite });
}

/** "his Russian counterpart Sergey Lavrov": the role of the person named before, in the country named here. */
function counterpartOf(model: TextModel, name: NameCandidate, before: Person | undefined,
  lexicon: CompiledPeopleLexicon): Person | null {
  if (!before?.role || !isCounterpart(model, name, lexicon)) return null;
  const role = roleHead(before.role, lexicon);
  if (!role) return null;
  return { name: name.tokens.join(' '), role, country: countryNear(model, name.span[0] - COUNTRY_LOOKBACK, name.span[0]) };
}

/** The personal names written between start and end, roles and organisations trimmed ("Deputy Prime Minister A"
 * → "A"), as written. */
export function namesWithin(model: TextModel, start: number, end: number): string[] {
  const lexicon = lexiconFor(model.lang, LEXICONS);
  return nameCandidates(model.text.slice(start, end), start, lexicon.notAName, placesWithin(model, start, end))
    .map((n) => n.tokens.join(' '));
}

function personBefore(model: TextModel, name: NameCandidate, roles: RoleMatch[], used: Set<RoleMatch>,
  lexicon: CompiledPeopleLexicon): Person | null {
  const role = roles.filter((r) => r.span[1] <= name.span[0] && !used.has(r)).at(-1);
  if (!role) return null;
  const gap = model.text.slice(role.span[1], name.span[0]);
  if (!joinsRoleToName(gap, lexicon)) return null;
  if (name.tokens.length < 2 && gap.trim() !== '') return null;
  const plural = lexicon.pluralRole.test(role.text);
  if (!plural) used.add(role);
  const first = plural ? role : chainStart(model.text, role, roles, used, lexicon);
  const complement = plural ? '' : gap.replace(/[\s,()[\]]+(?:the\s+)?$/iu, '');
  const oblique = lexicon.obliqueRole?.test(first.text) ?? false;
  return {
    name: nominativeName(name.tokens, oblique).join(' '),
    role: plural ? roleHead(role.text, lexicon) ?? role.text
      : model.text.slice(first.span[0], role.span[1] + complement.length).replace(/\s+/gu, ' '),
    country: countryNear(model, first.span[0] - COUNTRY_LOOKBACK, name.span[0]),
  };
}

function personAfter(model: TextModel, name: NameCandidate, lexicon: CompiledPeopleLexicon): Person | null {
  if (name.tokens.length < 2) return null;
  const after = lexicon.roleAfterName.exec(model.text.slice(name.span[1], name.span[1] + 120));
  if (!after) return null;
  const role = after[0].replace(/^\s*,\s+(?:the\s+)?/iu, '').trim();
  return {
    name: name.tokens.join(' '),
    role,
    country: countryNear(model, name.span[1], name.span[1] + after[0].length),
  };
}

/** The country named nearest before the name: "Russia's Deputy Prime Minister", "President of Azerbaijan". */
function countryNear(model: TextModel, start: number, end: number): string | null {
  const place = placesWithin(model, Math.max(0, start), end).at(-1);
  return place ? countryOf(place.code) : null;
}
