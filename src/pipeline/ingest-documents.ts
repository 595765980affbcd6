// The ingest pipeline: read documents, extract their facts (on worker threads when there are many), store each
// document whole with its facts (several documents to a transaction, each whole or not at all), in the order they
// were read. A bad file is reported and skipped; the batch goes on.
import type { IngestError, SourceDocument } from '../core/index.js';
import { readDocuments } from '../ingest/index.js';
import type { DocumentToSave, SaveResult, Store } from '../store/index.js';
import { completeKnowledge, STORY_POLICY } from './document-knowledge.js';
import { countFacts } from './extract-documents.js';
import { ExtractPool, extractHere, poolSize, type Extracted } from './extract-pool.js';

export interface IngestSummary {
  new: number;
  unchanged: number;
  failed: number;
  skipped: number;
  facts: number;
  seconds: number;
}

export type IngestEvent =
  | { kind: 'stored'; source: string; status: 'new' | 'unchanged'; facts: number }
  | { kind: 'failed'; source: string; error: IngestError | Error }
  | { kind: 'skipped'; source: string; reason: string };

export interface IngestOptions {
  stdin?: NodeJS.ReadableStream;
  publishedFallback?: string | null;
  /** Input files above this size are refused unread (readDocuments' default when absent). */
  maxBytes?: number;
  /** Worker threads for extraction (0: all in this thread); one per spare core, or CONCORD_EXTRACT_WORKERS. */
  extractWorkers?: number;
  /** Documents extracted in this thread before workers start (starting them costs more than a few documents). */
  workersAfter?: number;
  onEvent?: (event: IngestEvent) => void;
}

export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, skipped: 0, facts: 0, seconds: 0 };
  const emit = options.onEvent ?? (() => {});
  const writer = new BatchWriter(store);
  const extractor = new Extractor(options.publishedFallback ?? null, options.extractWorkers ?? poolSize(), options.workersAfter ?? WORKERS_AFTER);
  /** Documents read and being extracted, stored in the order they were read. */
  const inFlight: Array<{ document: SourceDocument; extracted: Promise<Extracted> }> = [];
  const storeNext = async () => {
    const { document, extracted } = inFlight.shift()!;
    try {
      const item = toSave(document, await extracted);
      await writer.add(item, (saved) => {
        if ('error' in saved) {
          summary.failed++;
          emit({ kind: 'failed', source: document.source, error: saved.error });
          return;
        }
        const facts = saved.status === 'new' ? countFacts(item.extraction) : 0;
        summary[saved.status]++;
        summary.facts += facts;
        emit({ kind: 'stored', source: document.source, status: saved.status, facts });
      });
    } catch (error) {
      summary.failed++;
      emit({ kind: 'failed', source: document.source, error: error as Error });
    }
  };
  try {
    for await (const outcome of readDocuments(paths, { stdin: options.stdin, maxBytes: options.maxBytes })) {
      if (outcome.kind === 'skipped') {
        summary.skipped++;
        emit({ kind: 'skipped', source: outcome.source, reason: outcome.reason });
        continue;
      }
      if (outcome.kind === 'failed') {
        summary.failed++;
        emit({ kind: 'failed', source: outcome.source, error: outcome.error });
        continue;
      }
      inFlight.push({ document: outcome.document, extracted: extractor.extract(outcome.document) });
      if (inFlight.length >= IN_FLIGHT) await storeNext();
    }
    while (inFlight.length > 0) await storeNext();
    await writer.flush();
  } finally {
    await extractor.close();
  }
  await completeKnowledge(store);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Documents read ahead of the store, so that extraction on other cores keeps going while a batch is written. */
const IN_FLIGHT = 96;

/** Below this many documents extraction stays in this thread: starting workers would cost more than it saves. */
const WORKERS_AFTER = 48;

/** Extracts the first documents here, and the rest on worker threads when there are cores to spare. */
class Extractor {
  private seen = 0;
  private pool: ExtractPool | null = null;

  constructor(
    private readonly publishedFallback: string | null, private readonly workers: number, private readonly workersAfter: number,
  ) {}

  extract(document: SourceDocument): Promise<Extracted> {
    this.seen++;
    if (this.workers > 0 && this.seen > this.workersAfter) {
      this.pool ??= new ExtractPool(this.workers);
      return this.pool.extract(document, this.publishedFallback);
    }
    try {
      return Promise.resolve(extractHere(document, this.publishedFallback));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** Documents per transaction: enough to spread a commit's cost, few enough to keep little text in memory. */
export const WRITE_BATCH = 32;

/** Extracted documents waiting to be stored together; each one's outcome is reported once its batch is written. */
export class BatchWriter {
  private pending: { item: DocumentToSave; done: (result: SaveResult) => void }[] = [];

  constructor(private readonly store: Store, private readonly size = WRITE_BATCH) {}

  async add(item: DocumentToSave, done: (result: SaveResult) => void): Promise<void> {
    this.pending.push({ item, done });
    if (this.pending.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const results = await this.store.saveDocuments(batch.map((entry) => entry.item));
    results.forEach((result, index) => batch[index].done(result));
  }
}

/** The document's extraction and knowledge, ready for a BatchWriter. */
export function prepareDocument(document: SourceDocument, publishedFallback: string | null = null): DocumentToSave {
  return toSave(document, extractHere(document, publishedFallback));
}

/** A document with what extraction found in it, as the store takes it. */
function toSave(document: SourceDocument, { extraction, knowledge }: Extracted): DocumentToSave {
  return { doc: document, extraction, knowledge: { knowledge, policy: STORY_POLICY } };
}
