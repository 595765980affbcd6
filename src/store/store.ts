// The store: the repositories bound to one open database, migrated at open and closed once.
import type { SourceDocument } from '../core/document.js';
import type { Extraction } from '../core/extraction.js';
import { accessRepository, type AccessRepository } from './access.js';
import { curationRepository, type CurationRepository } from './curation.js';
import { getDocument, listDocuments, saveDocument, saveDocuments, type DocumentFilter, type DocumentSummary, type DocumentToSave, type SaveKnowledge, type SaveResult, type SaveStatus, type StoredDocument } from './documents.js';
import { listEvidence, type EvidenceFilter, type EvidenceRow } from './evidence.js';
import { listFacts, type FactFilter, type FactRow } from './facts.js';
import { migrate } from './migrate.js';
import { openDatabase, type Database, type Engine, type OpenOptions } from './open.js';
import { plansRepository, type PlansRepository } from './plans.js';
import { readModelsRepository, type ReadModelsRepository } from './read-models.js';
import { search, type SearchHit } from './search.js';
import { inTransaction, type Page, type PageRequest } from './sql.js';
import { documentsWithoutKnowledge, listStories, replaceKnowledge, type StoryFilter, type StoryRecord } from './stories.js';
import { stats, type StoreStats } from './stats.js';

export interface Store {
  readonly engine: Engine;
  close(): Promise<void>;
  saveDocument(doc: SourceDocument, extraction: Extraction, knowledge?: SaveKnowledge): Promise<{ id: string; status: SaveStatus }>;
  /** Several documents in one transaction (each whole or not at all); results in the order given. */
  saveDocuments(items: DocumentToSave[]): Promise<SaveResult[]>;
  /** Documents that have no knowledge yet, or knowledge from another signature version. */
  documentsWithoutKnowledge(signatureVersion: number): Promise<string[]>;
  /** (Re)places a stored document among the stories, in one transaction. */
  attachKnowledge(documentId: string, knowledge: SaveKnowledge): Promise<string>;
  listStories(filter?: StoryFilter): Promise<StoryRecord[]>;
  /** Facts with their document's story and country pair, for reconciling across documents. */
  listEvidence(filter?: EvidenceFilter): Promise<EvidenceRow[]>;
  listDocuments(filter?: DocumentFilter): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listFacts(filter?: FactFilter): Promise<Page<FactRow>>;
  search(query: string, page?: PageRequest): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
  /** API tokens and the audit log. */
  readonly access: AccessRepository;
  /** Plans, their evidence links with curators' verdicts, and measure status history. */
  readonly plans: PlansRepository;
  /** Curators' decisions on facts, figures and entities. */
  readonly curation: CurationRepository;
  /** Figures, people, instruments, timeline and review queue as rows, rebuilt when the knowledge changes. */
  readonly readModels: ReadModelsRepository;
}

/** Opens the PGlite data folder (locked for this process) or, when a URL is given, the PostgreSQL database. */
export async function openStore(options: OpenOptions): Promise<Store> {
  const database = await openDatabase(options);
  try {
    await migrate(database.pool);
  } catch (error) {
    await database.close();
    throw error;
  }
  return storeOn(database);
}

/** The repositories over an already open and migrated database. */
export function storeOn(database: Database): Store {
  const { pool } = database;
  return {
    engine: database.engine,
    close: () => database.close(),
    saveDocument: (doc, extraction, knowledge) => saveDocument(pool, doc, extraction, knowledge),
    saveDocuments: (items) => saveDocuments(pool, items),
    documentsWithoutKnowledge: (version) => documentsWithoutKnowledge(pool, version),
    attachKnowledge: (documentId, { knowledge, policy }) =>
      inTransaction(pool, (tx) => replaceKnowledge(tx, documentId, knowledge, policy)),
    listStories: (filter) => listStories(pool, filter),
    listEvidence: (filter) => listEvidence(pool, filter),
    listDocuments: (filter) => listDocuments(pool, filter),
    getDocument: (id) => getDocument(pool, id),
    listFacts: (filter) => listFacts(pool, filter),
    search: (query, page) => search(pool, query, page),
    stats: () => stats(pool),
    access: accessRepository(pool),
    plans: plansRepository(pool),
    curation: curationRepository(pool),
    readModels: readModelsRepository(pool, database.engine),
  };
}
