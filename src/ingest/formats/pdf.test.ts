import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/fixtures/ingest/minimal-pdf.js';
import { convertPdf } from './pdf.js';

describe('convertPdf', () => {
  it('extracts the text of the pages', async () => {
    const pdf = minimalPdf(['Trade turnover reached $4.4 billion in 2023.', 'A road map was signed (in Baku).']);
    expect((await convertPdf(pdf, 'report.pdf')).text).toBe('Trade turnover reached $4.4 billion in 2023.\nA road map was signed (in Baku).');
  });

  it('reads title and creation day from the info dictionary', async () => {
    const pdf = minimalPdf(['Text.'], { title: 'Road map signed', creationDate: "D:20240124113000+03'00'" });
    expect(await convertPdf(pdf, 'report.pdf')).toMatchObject({ title: 'Road map signed', published: '2024-01-24' });
  });

  it('refuses a file without a PDF header', async () => {
    await expect(convertPdf(new TextEncoder().encode('<html>not a pdf</html>'), 'broken.pdf')).rejects.toMatchObject({
      code: 'ingest/not_a_pdf',
      message: 'broken.pdf: not a PDF (no %PDF header)',
    });
  });

  it('refuses a PDF whose structure is broken', async () => {
    await expect(convertPdf(new TextEncoder().encode('%PDF-1.4\ngarbage'), 'broken.pdf')).rejects.toMatchObject({
      code: 'ingest/broken_pdf',
    });
  });

  it('refuses a PDF without a text layer', async () => {
    await expect(convertPdf(minimalPdf([]), 'scan.pdf')).rejects.toMatchObject({ code: 'ingest/no_text' });
  });
});
