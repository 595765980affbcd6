// Plans, road maps and measures, tracked against evidence: pure functions over values, no I/O.
export * from './schema.js';
export * from './errors.js';
export * from './evidence.js';
export { parsePlan, serialisePlan, formatPath } from './parse.js';
export { resolveAreas, AREAS, AREA_IDS, type Area, type AreaExtension } from './areas/index.js';
export { linkEvidence, titleSimilarity, DEFAULT_THRESHOLD, type LinkOptions } from './link.js';
export { planStatus, measureStatus, periodBounds, type PlanState, type MeasureState, type IndicatorState, type TargetState, type Progress } from './status.js';
export { draftPlans, skeletonFor, normaliseTitle, type DraftProposal } from './draft.js';
