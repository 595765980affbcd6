// The store: the repositories bound to one open database, migrated at open and closed once.
import type { SourceDocument } from '../core/document.js';
import type { Extraction } from '../core/extraction.js';
import { getDocument, listDocuments, saveDocument, type DocumentFilter, type DocumentSummary, type SaveStatus, type StoredDocument } from './documents.js';
import { listFacts, type FactFilter, type FactRow } from './facts.js';
import { migrate } from './migrate.js';
import { openDatabase, type Database, type Engine, type OpenOptions } from './open.js';
import { search, type SearchHit } from './search.js';
import type { Page, PageRequest } from './sql.js';
import { stats, type StoreStats } from './stats.js';

export interface Store {
  readonly engine: Engine;
  close(): Promise<void>;
  saveDocument(doc: SourceDocument, extraction: Extraction): Promise<{ id: string; status: SaveStatus }>;
  listDocuments(filter?: DocumentFilter): Promise<Page<DocumentSummary>>;
  getDocument(id: string): Promise<StoredDocument | null>;
  listFacts(filter?: FactFilter): Promise<Page<FactRow>>;
  search(query: string, page?: PageRequest): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
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
    saveDocument: (doc, extraction) => saveDocument(pool, doc, extraction),
    listDocuments: (filter) => listDocuments(pool, filter),
    getDocument: (id) => getDocument(pool, id),
    listFacts: (filter) => listFacts(pool, filter),
    search: (query, page) => search(pool, query, page),
    stats: () => stats(pool),
  };
}
