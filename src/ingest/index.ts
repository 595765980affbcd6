// Ingestion: files, folders and stdin → SourceDocument, with metadata, language and page furniture removed.
import type { Format, Lang, SourceDocument } from '../core/index.js';
import { assembleDocument } from './assemble.js';
import { walkPaths } from './walk.js';

export { readDocuments, DEFAULT_MAX_BYTES, type ReadOutcome, type ReadOptions } from './read.js';
export { detectLanguage } from './language.js';
export { removeFurniture } from './furniture.js';

export interface TextMeta {
  file: string;
  source?: string;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  lang?: Lang;
  title?: string | null;
  format?: Format;
}

/**
 * A document from text already in hand (e.g. a line of --input-jsonl), cleaned and described as a .txt file
 * would be; given metadata wins over what the text says. Throws IngestError "empty" for a text with no content.
 */
export function documentFromText(text: string, meta: TextMeta): SourceDocument {
  const origin = { file: meta.file, source: meta.source ?? meta.file, format: meta.format ?? 'txt' };
  return assembleDocument({ text, verbatim: true }, origin, meta);
}

/** How many outcomes readDocuments will yield for these paths (bar a bad index.jsonl), for progress display. */
export async function countInputs(paths: string[]): Promise<number> {
  let count = 0;
  for await (const _item of walkPaths(paths)) count++;
  return count;
}
