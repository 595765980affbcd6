// Curation: curators' decisions (confirm, reject, correct, merge) on stable keys, applied as results are read.
export { DECISION_ACTIONS, decisionProblem, parseFieldAssignment, targetKind } from './decision.js';
export type { Decision, DecisionAction, DecisionInput, FieldValue, TargetKind } from './decision.js';
export { factKey, type KeyedFact } from './keys.js';
export { curationOf, curateEntities, NO_CURATION, type Curation, type TargetState } from './apply.js';
export { joinInstruments, joinPeople } from './entities.js';
export { factConcerns, reviewQueue, LOW_CONFIDENCE } from './queue.js';
export type { QueueFact, QueueLink, ReviewItem, ReviewItemKind } from './queue.js';
