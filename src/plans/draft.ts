// Drafting plans from the texts: the action plans, programs and road maps stored instrument facts speak of,
// grouped by normalised title, each with its quotes, and a plan file skeleton for one a curator accepts.
import { countryOf } from './countries.js';
import type { LinkableFact } from './evidence.js';
import type { PlanFile } from './schema.js';
import { titleStems, words } from './wording.js';

const PLAN_TYPES = ['action_plan', 'roadmap', 'program'] as const;
type PlanType = (typeof PLAN_TYPES)[number];

export interface DraftProposal {
  /** 1-based, in the order shown: what `plan draft --accept N` takes. */
  number: number;
  type: PlanType;
  title: string;
  /** Normalised title the group shares. */
  key: string;
  parties: string[];
  signed_on: string | null;
  place: string | null;
  valid_until: string | null;
  citations: { factId: string; file: string; published: string | null; quote: string }[];
}

/** Instrument facts of plan types whose parties are the pair (a region counting for its country), grouped. */
export function draftPlans(facts: readonly LinkableFact[], pair: readonly string[]): DraftProposal[] {
  const wanted = new Set(pair.map(countryOf));
  const groups = new Map<string, { facts: (LinkableFact & { kind: 'instrument' })[] }>();
  for (const fact of facts) {
    if (fact.kind !== 'instrument' || !PLAN_TYPES.includes(fact.fact.type as PlanType)) continue;
    const countries = new Set(fact.fact.parties.map(countryOf));
    if (countries.size > 0 && ![...countries].every((code) => wanted.has(code))) continue;
    if (countries.size === 0) continue;
    const key = `${fact.fact.type}:${normaliseTitle(fact.fact.title)}:${(fact.fact.parties).slice().sort().join('+')}`;
    const group = groups.get(key) ?? { facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  const proposals = [...groups.entries()].map(([key, group]) => summarise(key, group.facts));
  proposals.sort((a, b) => b.citations.length - a.citations.length || (a.signed_on ?? '9999').localeCompare(b.signed_on ?? '9999') || a.key.localeCompare(b.key));
  return proposals.map((proposal, index) => ({ ...proposal, number: index + 1 }));
}

/** Lower case, stems, no years or function words: "the Action Plan ... up to 2024" ≈ "action plan ... until 2024". */
export function normaliseTitle(title: string): string {
  const dropped = new Set(['period', 'up', 'until', 'till', 'untill', 'through', 'next', 'three', 'years', 'year', 'a', 'an', 'this', 'that']);
  return titleStems(words(title).filter((word) => !dropped.has(word) && !/^\d/.test(word)).join(' ')).join(' ');
}

function summarise(key: string, facts: (LinkableFact & { kind: 'instrument' })[]): Omit<DraftProposal, 'number'> {
  const instruments = facts.map((fact) => fact.fact);
  const longest = instruments.map((i) => i.title).sort((a, b) => b.length - a.length)[0];
  return {
    type: instruments[0].type as PlanType,
    title: longest,
    key,
    parties: [...new Set(instruments.flatMap((i) => i.parties))].sort(),
    signed_on: mostPrecise(instruments.map((i) => i.signed_on)),
    place: instruments.map((i) => i.place).find(Boolean) ?? null,
    valid_until: instruments.map((i) => i.valid_until).find(Boolean) ?? null,
    citations: facts.map((fact) => ({ factId: fact.id, file: fact.file, published: fact.published, quote: fact.quote })),
  };
}

function mostPrecise(dates: (string | null)[]): string | null {
  return dates.filter((d): d is string => Boolean(d)).sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
}

/** A plan file skeleton for an accepted proposal: what the texts say, and no road maps yet. */
export function skeletonFor(proposal: DraftProposal, pair: readonly string[]): PlanFile {
  const start = completeDay(proposal.signed_on, 'start') ?? completeDay(proposal.citations.map((c) => c.published).find(Boolean) ?? null, 'start')!;
  const end = completeDay(proposal.valid_until, 'end') ?? `${start.slice(0, 4)}-12-31`;
  return {
    id: slug(proposal.title, pair),
    title: proposal.title,
    type: proposal.type,
    parties: proposal.parties.length >= 2 ? proposal.parties : [...pair],
    period: { start, end: end < start ? start : end },
    ...(proposal.signed_on?.length === 10 && { signed_on: proposal.signed_on }),
    ...(proposal.place && { signed_place: proposal.place }),
    roadmaps: [],
  } as PlanFile;
}

function completeDay(value: string | null, side: 'start' | 'end'): string | null {
  if (!value) return null;
  if (value.length === 10) return value;
  if (value.length === 4) return side === 'start' ? `${value}-01-01` : `${value}-12-31`;
  if (value.length === 7) {
    if (side === 'start') return `${value}-01`;
    const days = new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)), 0)).getUTCDate();
    return `${value}-${String(days).padStart(2, '0')}`;
  }
  return null;
}

function slug(title: string, pair: readonly string[]): string {
  const years = title.match(/\d{4}/g)?.join('-');
  const kind = words(title).slice(0, 2).join('-').replace(/[^a-zа-я0-9-]/g, '');
  return [pair.join('-').toLowerCase(), kind || 'plan', years].filter(Boolean).join('-');
}

