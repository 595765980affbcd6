// What the knowledge and plan routes answer. Figures, people, instruments, the timeline and the review queue
// come from the read models, made current first and then paged, filtered and counted in SQL; plan views are
// computed from the plan and its links; small lists (plans, stories) are cut into pages here.
import type { Figure } from '../knowledge/figures/index.js';
import type { InstrumentEntity, PersonEntity } from '../knowledge/entities/index.js';
import { freshModel } from '../pipeline/read-models.js';
import type { ReviewItem } from '../pipeline/read-review.js';
import type { TimelineEntry } from '../pipeline/read-timeline.js';
import { planStatus, type MeasureState, type PlanFile, type Progress } from '../plans/index.js';
import type { EntitySort, FactLink, Page, Store, TimelineRowFilter } from '../store/index.js';
import type { PlanSummary, StatusChange, StoredLink } from '../store/plans.js';
import { notFound } from './errors.js';

export type { ReviewItem };

export interface PageRequest {
  limit: number;
  offset: number;
}

export function pageOf<T>(items: readonly T[], { limit, offset }: PageRequest): Page<T> {
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

/** Figures on which sources disagree, latest period first. */
export async function conflicts(store: Store, filter: { indicator?: string; pair?: string }, page: PageRequest): Promise<Page<Figure>> {
  await freshModel(store, 'figures');
  return store.readModels.conflicts(filter, page);
}

/** One indicator's figures, oldest period first, for a pair and unit when given, with the units they come in. */
export async function indicatorFigures(
  store: Store, indicator: string, filter: { pair?: string; unit?: string }, page: PageRequest & { latest?: boolean },
): Promise<Page<Figure> & { units: string[] }> {
  await freshModel(store, 'figures');
  return store.readModels.indicatorSeries(indicator, filter, page);
}

export async function people(
  store: Store, filter: { name?: string; country?: string; sort?: EntitySort }, page: PageRequest,
): Promise<Page<PersonEntity>> {
  await freshModel(store, 'people');
  return store.readModels.people(filter, page);
}

export async function person(store: Store, id: string): Promise<PersonEntity> {
  await freshModel(store, 'people');
  const found = await store.readModels.person(id);
  if (!found) throw notFound(`person ${id}`, { id });
  return found;
}

export async function instruments(
  store: Store, filter: { type?: string; party?: string; year?: number; sort?: EntitySort }, page: PageRequest,
): Promise<Page<InstrumentEntity>> {
  await freshModel(store, 'instruments');
  return store.readModels.instruments(filter, page);
}

/** A plan measure a fact about an instrument was linked to as evidence. */
export type LinkedMeasure = FactLink;

export async function instrument(store: Store, id: string): Promise<InstrumentEntity & { measures: LinkedMeasure[] }> {
  await freshModel(store, 'instruments');
  const found = await store.readModels.instrument(id);
  if (!found) throw notFound(`instrument ${id}`, { id });
  return { ...found, measures: await store.plans.linksToFacts([...new Set(found.sources.map((source) => source.fact))]) };
}

/** Events and instruments in date order, undated last. */
export async function timeline(store: Store, filter: TimelineRowFilter, page: PageRequest): Promise<Page<TimelineEntry>> {
  await freshModel(store, 'timeline');
  return store.readModels.timeline(filter, page);
}

/**
 * What waits for an editor: figures on which sources disagree and uncertain facts that no curator has
 * judged, and evidence links nobody has reviewed.
 */
export async function reviewQueue(store: Store, kind: ReviewItem['kind'] | undefined, page: PageRequest): Promise<Page<ReviewItem>> {
  await freshModel(store, 'review');
  return store.readModels.reviewQueue<ReviewItem>(kind, page);
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

/** Today in the server's time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
