// A worker thread of the extraction pool: takes documents, answers with their extraction and knowledge.
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../core/index.js';
import { knowledgeOf } from './document-knowledge.js';
import { extractDocument } from './extract-documents.js';
import type { PoolAnswer } from './extract-pool.js';

export interface PoolRequest {
  id: number;
  document: SourceDocument;
  publishedFallback: string | null;
}

parentPort!.on('message', ({ id, document, publishedFallback }: PoolRequest) => {
  let answer: PoolAnswer;
  try {
    const { extraction } = extractDocument(document, publishedFallback);
    answer = { id, extraction, knowledge: knowledgeOf(document, extraction.lang) };
  } catch (error) {
    answer = { id, error: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(answer);
});
