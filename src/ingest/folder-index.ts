// A folder's index.jsonl: one line per file {"file","url","outlet","published","lang", …} whose non-null
// values describe the files of that folder better than their text can. Extra fields are ignored.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLang, type Lang } from '../core/index.js';

export const INDEX_FILE = 'index.jsonl';

export interface IndexEntry {
  url?: string;
  outlet?: string;
  title?: string;
  /** As written: a day, or a coarser "2024-08" that the document assembly will not take as a day. */
  published?: string;
  lang?: Lang;
}

export interface FolderIndex {
  entries: Map<string, IndexEntry>;
  /** Lines that could not be read, as "line 3: not JSON"; the good lines still count. */
  problems: string[];
}

const EMPTY: FolderIndex = { entries: new Map(), problems: [] };

/** The index of a folder, or an empty one when the folder has none. */
export async function loadFolderIndex(folder: string): Promise<FolderIndex> {
  let content: string;
  try {
    content = await readFile(join(folder, INDEX_FILE), 'utf8');
  } catch {
    return EMPTY;
  }
  return parseFolderIndex(content);
}

export function parseFolderIndex(content: string): FolderIndex {
  const index: FolderIndex = { entries: new Map(), problems: [] };
  for (const [i, line] of content.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      index.problems.push(`line ${i + 1}: not JSON`);
      continue;
    }
    const record = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    if (typeof record.file !== 'string' || !record.file) {
      index.problems.push(`line ${i + 1}: no "file"`);
      continue;
    }
    index.entries.set(record.file, {
      url: text(record.url),
      outlet: text(record.outlet),
      title: text(record.title),
      published: text(record.published),
      lang: isLang(record.lang) && record.lang !== 'und' ? record.lang : undefined,
    });
  }
  return index;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
