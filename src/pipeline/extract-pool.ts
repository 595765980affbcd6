// Extraction on the other cores: while the store writes one batch (in this thread, for the embedded engine),
// worker threads extract the next documents. Answers come back per document, and the ingest pipeline awaits
// them in the order it read the documents, so what is stored does not depend on which worker was quicker.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Extraction, SourceDocument } from '../core/index.js';
import type { DocumentKnowledge } from '../store/index.js';
import { knowledgeOf } from './document-knowledge.js';
import { extractDocument } from './extract-documents.js';
import type { PoolRequest } from './extract-worker.js';

/** What the pool answers for a document: its extraction and knowledge, or why extraction failed. */
export type PoolAnswer =
  | { id: number; extraction: Extraction; knowledge: DocumentKnowledge }
  | { id: number; error: string };

export interface Extracted {
  extraction: Extraction;
  knowledge: DocumentKnowledge;
}

/** Extracts a document here, in this thread. */
export function extractHere(document: SourceDocument, publishedFallback: string | null): Extracted {
  const { extraction } = extractDocument(document, publishedFallback);
  return { extraction, knowledge: knowledgeOf(document, extraction.lang) };
}

/** Worker threads to use: CONCORD_EXTRACT_WORKERS when set (0: extract in this thread), else one per spare core. */
export function poolSize(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.CONCORD_EXTRACT_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked.trim())) return Math.min(Number(asked), 16);
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** Worker code as an ES module: the TypeScript loader first, then the worker module itself. */
function workerSource(): string {
  const loader = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve(value: Extracted): void; reject(error: Error): void }>();
  private nextId = 0;
  private broken: Error | null = null;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerSource(), { eval: true });
      worker.on('message', (answer: PoolAnswer) => this.answer(answer));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => { if (code !== 0) this.fail(new Error(`an extraction worker stopped (exit code ${code})`)); });
      worker.unref();
      this.workers.push(worker);
    }
  }

  /** The document's extraction and knowledge; a document that fails to extract rejects with the reason. */
  extract(document: SourceDocument, publishedFallback: string | null): Promise<Extracted> {
    if (this.broken) return Promise.resolve(extractHere(document, publishedFallback));
    const id = this.nextId++;
    const request: PoolRequest = { id, document, publishedFallback };
    return new Promise<Extracted>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage(request);
    }).catch((error: Error) => {
      // A worker that died takes its documents with it: they are extracted here instead.
      if (this.broken) return extractHere(document, publishedFallback);
      throw error;
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private answer(answer: PoolAnswer): void {
    const waiter = this.waiting.get(answer.id);
    if (!waiter) return;
    this.waiting.delete(answer.id);
    if ('error' in answer) waiter.reject(new Error(answer.error));
    else waiter.resolve({ extraction: answer.extraction, knowledge: answer.knowledge });
  }

  private fail(error: Error): void {
    if (this.broken) return;
    this.broken = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
