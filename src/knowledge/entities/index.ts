// Entities: people and instruments resolved across documents, spellings and languages.
export { personKey, toLatin } from './fold.js';
export { resolvePeople } from './people.js';
export type { PersonEntity, PersonEvidence, RoleHeld } from './people.js';
export { resolveInstruments, titleWords, titleSimilarity } from './instruments.js';
export type { InstrumentEntity, InstrumentEvidence } from './instruments.js';
export type { EntitySource } from './evidence.js';
