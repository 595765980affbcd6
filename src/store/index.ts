// The only code that speaks SQL: open a store, save documents with their facts, read them back.
export { openStore, type Store } from './store.js';
export type { Engine, OpenOptions } from './open.js';
export type { DocumentFilter, DocumentSummary, DocumentToSave, SaveKnowledge, SaveResult, SaveStatus, StoredDocument } from './documents.js';
export type { DocumentKnowledge, StoredSignature, StoryCopy, StoryDocument, StoryFilter, StoryNewcomer, StoryPolicy, StoryRecord } from './stories.js';
export type { FactFilter, FactRow, KindedFact } from './facts.js';
export type { EvidenceFilter, EvidenceRow } from './evidence.js';
export { HIGHLIGHT, RANK_WINDOW, type SearchHit } from './search.js';
export type { StoreStats } from './stats.js';
export type { Page, PageRequest } from './sql.js';
export type { CurationRepository, DecisionRecord } from './curation.js';
export { connectionLost } from './driver-errors.js';
export { ENTITY_SORTS, READ_MODELS } from './read-models.js';
export { DOCUMENT_SORTS } from './documents.js';
export type {
  EntitySort, FigureRow, InstrumentRow, Listed, PersonRow, ReadModelName, ReadModelRows, ReadModelState, ReadModelsRepository, ReviewRow,
  TimelineRow, TimelineRowFilter,
} from './read-models.js';
export type { FactLink } from './plans.js';
