// Documents sent to the API go through the same ingest and extraction as files on disk. An uploaded file is
// kept under <data>/uploads/<random>/ with a cleaned base name, so that no upload can write anywhere else.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import type { SourceDocument } from '../core/document.js';
import { IngestError } from '../core/errors.js';
import type { Lang } from '../core/language.js';
import { documentFromText, readDocuments } from '../ingest/index.js';
import { formatOf } from '../ingest/formats/index.js';
import { countFacts, extractDocument } from '../pipeline/extract-documents.js';
import type { SaveStatus, Store } from '../store/index.js';
import { ApiError } from './errors.js';

export interface UploadResult {
  id: string;
  status: SaveStatus;
  file: string;
  facts: number;
}

export interface TextUpload {
  text: string;
  file: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
  lang?: Lang;
}

export async function ingestText(store: Store, upload: TextUpload): Promise<UploadResult> {
  const { text, file, ...meta } = upload;
  return save(store, documentFromText(text, { ...meta, file, source: `upload:${file}` }));
}

export async function ingestFile(store: Store, dataDir: string, file: File): Promise<UploadResult> {
  const name = cleanFileName(file.name);
  if (!formatOf(name)) {
    throw new ApiError(400, 'invalid_request', `file: "${name}" is not a format Concord reads (.txt .md .html .pdf .docx)`,
      { field: 'file' });
  }
  const path = await keepUpload(dataDir, name, new Uint8Array(await file.arrayBuffer()));
  for await (const outcome of readDocuments([path])) {
    if (outcome.kind === 'document') return save(store, outcome.document);
    if (outcome.kind === 'failed') throw outcome.error;
  }
  throw new IngestError(name, 'unreadable', 'nothing could be read from the upload');
}

async function save(store: Store, document: SourceDocument): Promise<UploadResult> {
  const { extraction } = extractDocument(document);
  const saved = await store.saveDocument(document, extraction);
  return { ...saved, file: document.file, facts: saved.status === 'new' ? countFacts(extraction) : 0 };
}

/** A base name with only letters, digits and a few marks, never a path. */
export function cleanFileName(name: string): string {
  const cleaned = basename(name.replaceAll('\\', '/')).replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '');
  return cleaned.slice(-120) || 'upload.txt';
}

async function keepUpload(dataDir: string, name: string, bytes: Uint8Array): Promise<string> {
  const uploads = resolve(dataDir, 'uploads');
  const folder = join(uploads, randomUUID());
  const path = join(folder, name);
  if (relative(uploads, path).startsWith('..')) throw new ApiError(400, 'invalid_request', 'file: not a plain file name');
  await mkdir(folder, { recursive: true });
  await writeFile(path, bytes, { flag: 'wx' });
  return path;
}
