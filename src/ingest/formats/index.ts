// Which converter reads which file: formats by file extension, and one entry point for all of them.
import type { Format } from '../../core/index.js';
import type { ConvertedText } from './converted.js';
import { convertDocx } from './docx.js';
import { convertHtml } from './html.js';
import { convertPdf } from './pdf.js';
import { convertTxt } from './txt.js';

export type { ConvertedText } from './converted.js';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.pdf': 'pdf', '.docx': 'docx',
};

/** The lower-cased extension of a file name, with its dot, or "" when it has none. */
export function extensionOf(name: string): string {
  const match = /(\.[^./\\]+)$/.exec(name);
  return match ? match[1].toLowerCase() : '';
}

export function formatOf(name: string): Format | null {
  return EXTENSIONS[extensionOf(name)] ?? null;
}

export async function convert(format: Format, bytes: Uint8Array, source: string): Promise<ConvertedText> {
  switch (format) {
    case 'txt':
    case 'md':
      return convertTxt(bytes, source);
    case 'html':
      return convertHtml(bytes, source);
    case 'pdf':
      return convertPdf(bytes, source);
    case 'docx':
      return convertDocx(bytes, source);
  }
}
