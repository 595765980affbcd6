// What the knowledge and plan routes answer: the pipeline's read models (figures, entities, plan statuses)
// filtered and cut into pages. Figures and entities are reconciled in memory from the stored facts, so their
// pages are cut here; documents and facts are paginated in SQL by the store.
import type { Figure } from '../knowledge/figures/index.js';
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import { readInstruments, readPeople } from '../pipeline/read-entities.js';
import { listReviewQueue, readCuration } from '../pipeline/curation.js';
import { readFigures } from '../pipeline/read-figures.js';
import { planStatus, type MeasureState, type PlanFile, type Progress } from '../plans/index.js';
import type { Page, Store } from '../store/index.js';
import type { PlanSummary, StatusChange, StoredLink } from '../store/plans.js';
import { notFound } from './errors.js';

export interface PageRequest {
  limit: number;
  offset: number;
}

export function pageOf<T>(items: readonly T[], { limit, offset }: PageRequest): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

export async function conflicts(store: Store, filter: { indicator?: string; pair?: string }): Promise<Figure[]> {
  const figures = await readFigures(store, filter.indicator);
  return figures.filter((figure) => figure.conflict !== null && (!filter.pair || figure.pair === filter.pair))
    .sort((a, b) => (b.period?.end ?? '').localeCompare(a.period?.end ?? '') || a.key.localeCompare(b.key));
}

/** One indicator's figures, oldest period first, for a pair and unit when given. */
export async function indicatorFigures(store: Store, indicator: string, filter: { pair?: string; unit?: string }): Promise<Figure[]> {
  const figures = await readFigures(store, indicator);
  return figures.filter((figure) => figure.indicator === indicator
    && (!filter.pair || figure.pair === filter.pair) && (!filter.unit || figure.unit === filter.unit))
    .sort((a, b) => periodEnd(a).localeCompare(periodEnd(b)) || (a.period?.start ?? '').localeCompare(b.period?.start ?? ''));
}

function periodEnd(figure: Figure): string {
  return figure.period?.end ?? `${figure.sources[0]?.published?.slice(0, 4) ?? '0000'}-12-31`;
}

export async function people(store: Store, filter: { name?: string; country?: string }): Promise<PersonEntity[]> {
  const wanted = filter.name?.toLowerCase();
  return (await readPeople(store)).filter((person) =>
    (!wanted || [person.name, ...person.aliases].some((spelling) => spelling.toLowerCase().includes(wanted)))
    && (!filter.country || person.countries.some((code) => code.split('-')[0] === filter.country)));
}

export async function person(store: Store, id: string): Promise<PersonEntity> {
  const found = (await readPeople(store)).find((candidate) => candidate.id === id);
  if (!found) throw notFound(`person ${id}`, { id });
  return found;
}

export async function instruments(store: Store, filter: { type?: string; party?: string; year?: number }): Promise<InstrumentEntity[]> {
  return (await readInstruments(store)).filter((instrument) =>
    (!filter.type || instrument.type === filter.type)
    && (!filter.party || instrument.parties.some((code) => code.split('-')[0] === filter.party))
    && (!filter.year || instrument.signedOn?.startsWith(String(filter.year))));
}

/** A plan measure a fact about an instrument was linked to as evidence. */
export interface LinkedMeasure {
  planId: string;
  planTitle: string;
  measureId: string | null;
  linkId: string;
  factId: string;
  verdict: string | null;
}

export async function instrument(store: Store, id: string): Promise<InstrumentEntity & { measures: LinkedMeasure[] }> {
  const found = (await readInstruments(store)).find((candidate) => candidate.id === id);
  if (!found) throw notFound(`instrument ${id}`, { id });
  const facts = new Set(found.sources.map((source) => source.fact));
  const measures: LinkedMeasure[] = [];
  for (const plan of await store.plans.list()) {
    for (const link of await store.plans.links(plan.id)) {
      if (!facts.has(link.factId)) continue;
      measures.push({ planId: plan.id, planTitle: plan.title, measureId: link.measureId, linkId: link.id, factId: link.factId, verdict: link.review?.verdict ?? null });
    }
  }
  return { ...found, measures };
}

export interface PlanView {
  plan: PlanSummary;
  asOf: string;
  progress: Progress;
  roadmaps: Array<{ id: string; title: string; area: string; progress: Progress; measures: MeasureState[] }>;
}

async function planAndSummary(store: Store, id: string): Promise<{ file: PlanFile; summary: PlanSummary }> {
  const file = await store.plans.get(id);
  const summary = (await store.plans.list()).find((plan) => plan.id === id);
  if (!file || !summary) throw notFound(`plan ${id}`, { id });
  return { file, summary };
}

export async function planView(store: Store, id: string, asOf: string): Promise<PlanView> {
  const { file, summary } = await planAndSummary(store, id);
  const state = planStatus(file, await store.plans.links(id), asOf);
  return {
    plan: summary, asOf, progress: state.progress,
    roadmaps: state.roadmaps.map((roadmap) => ({
      id: roadmap.roadmapId, title: roadmap.title, area: roadmap.area, progress: roadmap.progress,
      measures: state.measures.filter((measure) => measure.roadmapId === roadmap.roadmapId),
    })),
  };
}

export interface MeasureView {
  plan: PlanSummary;
  roadmap: { id: string; title: string; area: string };
  asOf: string;
  state: MeasureState;
  /** Who answers for the measure, per country, as the plan file says. */
  responsible: Record<string, string[]>;
  links: StoredLink[];
  history: StatusChange[];
}

export async function measureView(store: Store, planId: string, measureId: string, asOf: string): Promise<MeasureView> {
  const { file, summary } = await planAndSummary(store, planId);
  const roadmap = file.roadmaps.find((candidate) => candidate.measures.some((measure) => measure.id === measureId));
  if (!roadmap) throw notFound(`measure ${measureId} of plan ${planId}`, { plan: planId, measure: measureId });
  const links = await store.plans.links(planId, { measureId });
  const state = planStatus(file, links, asOf).measures.find((measure) => measure.measureId === measureId)!;
  const measure = roadmap.measures.find((candidate) => candidate.id === measureId)!;
  return {
    plan: summary, roadmap: { id: roadmap.id, title: roadmap.title, area: roadmap.area }, asOf, state,
    responsible: measure.responsible ?? {},
    links, history: await store.plans.statusHistory(planId, measureId),
  };
}

export type ReviewItem =
  | { kind: 'conflict'; id: string; figure: Figure }
  | { kind: 'fact'; id: string; summary: string; reasons: string[]; sources: Array<{ file: string; quote: string | null }> }
  | { kind: 'link'; id: string; planId: string; planTitle: string; link: StoredLink };

/**
 * What waits for an editor: figures on which sources disagree and uncertain facts that no curator has
 * judged, and evidence links nobody has reviewed.
 */
export async function reviewQueue(store: Store, kind?: ReviewItem['kind']): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  if (!kind || kind === 'conflict') {
    const curation = await readCuration(store);
    for (const figure of await conflicts(store, {})) {
      if (!curation.isReviewed(figure.key)) items.push({ kind: 'conflict', id: figure.key, figure });
    }
  }
  if (!kind || kind === 'fact') {
    for (const item of await listReviewQueue(store)) {
      if (item.kind === 'fact') items.push({ kind: 'fact', id: item.target, summary: item.summary, reasons: item.reasons, sources: item.sources });
    }
  }
  if (!kind || kind === 'link') {
    for (const plan of await store.plans.list()) {
      for (const link of await store.plans.links(plan.id)) {
        if (!link.review) items.push({ kind: 'link', id: link.id, planId: plan.id, planTitle: plan.title, link });
      }
    }
  }
  return items;
}

/** Today in the server's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
