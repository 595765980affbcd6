// Word documents: the raw text (mammoth) and the title and creation date from docProps/core.xml.
// The zip directory is checked first, so a broken file or a zip bomb that declares its size is refused before any
// inflating. Then the entries are inflated here, each stopped as soon as it passes its declared size (a bomb that
// lies in its headers), and mammoth is handed a zip rebuilt from those bytes, stored uncompressed: it never
// inflates anything from the original file.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { IngestError } from '../../core/index.js';
import { isoDayPrefix } from '../calendar.js';
import { readZipDirectory, readZipEntry, ZipEntryError, type ZipEntry } from './zip-directory.js';
import type { ConvertedText } from './converted.js';

/** Far above any real article, far below what would hurt the process. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

export async function convertDocx(
  bytes: Uint8Array,
  source: string,
  maxUnzippedBytes = MAX_UNZIPPED_BYTES,
): Promise<ConvertedText> {
  const files = await inflateDocx(bytes, assertSafeDocx(bytes, source, maxUnzippedBytes), source);
  let text: string;
  const core = files.get('docProps/core.xml')?.toString('utf8');
  try {
    const safe = new JSZip();
    for (const [name, content] of files) safe.file(name, content, { binary: true, createFolders: false });
    const buffer = await safe.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    files.clear();
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    throw new IngestError(source, 'broken_docx', `broken DOCX (${error instanceof Error ? error.message : error})`);
  }
  return {
    text,
    verbatim: false,
    title: xmlElementText(core, 'dc:title'),
    published: isoDayPrefix(xmlElementText(core, 'dcterms:created')),
  };
}

/** Every file entry's bytes, each inflated no further than its declared size. */
async function inflateDocx(bytes: Uint8Array, entries: ZipEntry[], source: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    try {
      files.set(entry.name, await readZipEntry(bytes, entry));
    } catch (error) {
      if (!(error instanceof ZipEntryError)) throw error;
      if (error.reason === 'larger_than_declared') {
        throw new IngestError(source, 'too_large',
          `DOCX ${error.message}, refused as a possible zip bomb`);
      }
      throw new IngestError(source, 'broken_docx', `broken DOCX (${error.message})`);
    }
  }
  return files;
}

function assertSafeDocx(bytes: Uint8Array, source: string, maxUnzippedBytes: number): ZipEntry[] {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  const entries = isZip ? readZipDirectory(bytes) : null;
  if (!entries) throw new IngestError(source, 'broken_docx', 'not a DOCX (not a zip archive)');
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new IngestError(source, 'broken_docx', 'not a DOCX (no word/document.xml)');
  }
  const unzipped = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (unzipped > maxUnzippedBytes) {
    throw new IngestError(
      source,
      'too_large',
      `DOCX would unzip to ${megabytes(unzipped)} (limit ${megabytes(maxUnzippedBytes)}), refused as a possible zip bomb`,
    );
  }
  return entries;
}

function xmlElementText(xml: string | undefined, tag: string): string | null {
  const match = xml ? new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml) : null;
  const text = match?.[1].trim();
  return text ? decodeXmlEntities(text) : null;
}

function decodeXmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity] ?? whole;
  });
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
