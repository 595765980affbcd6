// PDF files: the text of every page (unpdf), and the title and creation date from the document info dictionary.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { IngestError } from '../../core/index.js';
import { isoDay } from '../calendar.js';
import type { ConvertedText } from './converted.js';

/** The PDF specification lets the header start anywhere in the first kilobyte. */
const HEADER_WINDOW = 1024;

export async function convertPdf(bytes: Uint8Array, source: string): Promise<ConvertedText> {
  if (!hasPdfHeader(bytes)) throw new IngestError(source, 'not_a_pdf', 'not a PDF (no %PDF header)');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw new IngestError(source, 'broken_pdf', `broken PDF (${reason(error)})`);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    const { info } = await getMeta(pdf);
    if (!text.trim()) throw new IngestError(source, 'no_text', 'PDF has no text layer (scanned image?)');
    return {
      text,
      verbatim: false,
      title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
      published: pdfDay(info.CreationDate),
    };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(source, 'broken_pdf', `broken PDF (${reason(error)})`);
  } finally {
    await pdf.destroy();
  }
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_WINDOW));
  return head.includes('%PDF-');
}

/** PDF dates look like "D:20240124113000+03'00'"; the day is the creator's local day. */
function pdfDay(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value) : null;
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
