// Figures: what the sources together say a measurement is, with corroboration and conflicts.
export { reconcileFigures, indicatorSeries, figureKey } from './reconcile.js';
export type { Figure, FigureValue } from './reconcile.js';
export { pairOf } from './evidence.js';
export type { MeasurementEvidence, Source } from './evidence.js';
export { valuesAgree, roundingStep } from './agreement.js';
export { conflictReason, agenciesNamed } from './reasons.js';
export type { ConflictReason, ConflictReasonCode } from './reasons.js';
