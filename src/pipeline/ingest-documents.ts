// The ingest pipeline: read documents, extract their facts, store each document with its facts in one
// transaction. A bad file is reported and skipped; the batch goes on.
import type { IngestError } from '../core/index.js';
import { readDocuments } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { countFacts, extractDocument } from './extract-documents.js';

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
  onEvent?: (event: IngestEvent) => void;
}

export async function ingestPaths(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { new: 0, unchanged: 0, failed: 0, skipped: 0, facts: 0, seconds: 0 };
  const emit = options.onEvent ?? (() => {});
  for await (const outcome of readDocuments(paths, { stdin: options.stdin })) {
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
    const { document } = outcome;
    try {
      const { extraction } = extractDocument(document, options.publishedFallback ?? null);
      const saved = await store.saveDocument(document, extraction);
      const facts = saved.status === 'new' ? countFacts(extraction) : 0;
      summary[saved.status]++;
      summary.facts += facts;
      emit({ kind: 'stored', source: document.source, status: saved.status, facts });
    } catch (error) {
      summary.failed++;
      emit({ kind: 'failed', source: document.source, error: error as Error });
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
