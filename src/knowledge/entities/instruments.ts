// Instruments resolved across title variants: the same type, compatible parties and titles whose
// normalised words mostly agree ("development of key areas of Russian-Azerbaijani cooperation until 2024" and
// "Developing Key Areas of Russia-Azerbaijan Cooperation to 2024") are one document.
import { stableId, type Instrument } from '../../core/index.js';
import type { EntitySource } from './evidence.js';
import { toLatin } from './fold.js';

export interface InstrumentEvidence {
  instrument: Instrument;
  source: EntitySource;
}

export interface InstrumentEntity {
  id: string;
  type: Instrument['type'];
  title: string;
  aliases: string[];
  parties: string[];
  signedOn: string | null;
  place: string | null;
  validUntil: string | null;
  sources: EntitySource[];
}

const STOP_WORDS = new Set([
  'the', 'of', 'on', 'for', 'and', 'between', 'a', 'an', 'to', 'in', 'until', 'till', 'by', 'with', 'at',
  'i', 'po', 'na', 'v', 'o', 'ob', 'mezhdu', 'do', 's', 'federation', 'republic',
]);

/** The word without the endings that tell a noun from its adjective or verb: Russian(s) → russia, developing → develop. */
function stem(word: string): string {
  return word
    .replace(/(?:ment|ing|ed|s)$/, '')
    .replace(/(ia|an)n?i?$/, (_, base: string) => base)
    .replace(/ian$/, 'ia');
}

export function titleWords(title: string): Set<string> {
  return new Set(toLatin(title).split(/[^a-z0-9]+/).filter((word) => word && !STOP_WORDS.has(word)).map(stem));
}

/** Share of words two titles have in common (Jaccard). */
export function titleSimilarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Titles at least this alike name one instrument. Corpus variants of one plan share ≥ 0.75 of their words. */
const SAME_TITLE = 0.6;

function partiesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.length === b.length && a.every((party) => b.includes(party));
}

function signedAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

export function resolveInstruments(evidence: readonly InstrumentEvidence[]): InstrumentEntity[] {
  type Group = { words: Set<string>; items: InstrumentEvidence[] };
  const groups: Group[] = [];
  // Only groups of the same type can take an item: each type's groups, in the order they were made.
  const groupsOfType = new Map<string, Group[]>();
  for (const item of evidence) {
    const words = titleWords(item.instrument.title);
    let candidates = groupsOfType.get(item.instrument.type);
    if (!candidates) groupsOfType.set(item.instrument.type, candidates = []);
    const group = candidates.find(({ items, words: groupWords }) => {
      const head = items[0].instrument;
      return head.type === item.instrument.type && partiesAgree(head.parties, item.instrument.parties) &&
        signedAgree(head.signed_on, item.instrument.signed_on) && titleSimilarity(groupWords, words) >= SAME_TITLE;
    });
    if (group) group.items.push(item);
    else {
      const made = { words, items: [item] };
      groups.push(made);
      candidates.push(made);
    }
  }
  return groups.map(({ words, items }) => toInstrument(words, items));
}

function toInstrument(words: Set<string>, items: InstrumentEvidence[]): InstrumentEntity {
  const titles = [...new Set(items.map(({ instrument }) => instrument.title))];
  const title = [...titles].sort((a, b) => b.length - a.length)[0];
  const first = <K extends keyof Instrument>(field: K) =>
    items.map(({ instrument }) => instrument[field]).find((value) => value !== null && value !== undefined) ?? null;
  const parties = [...new Set(items.flatMap(({ instrument }) => instrument.parties))].sort();
  const head = items[0].instrument;
  return {
    id: stableId('instrument', head.type, parties, [...words].sort()),
    type: head.type,
    title,
    aliases: titles.filter((other) => other !== title),
    parties,
    signedOn: items.map(({ instrument }) => instrument.signed_on).filter(Boolean).sort((a, b) => b!.length - a!.length)[0] ?? null,
    place: first('place') as string | null,
    validUntil: first('valid_until') as string | null,
    sources: items.map(({ source }) => source),
  };
}
