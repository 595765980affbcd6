import { describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../test/fixtures/ingest/minimal-docx.js';
import { lyingDocx } from '../../../test/robustness/lying-docx.js';
import { readZipDirectory } from './zip-directory.js';
import { convertDocx } from './docx.js';

describe('convertDocx', () => {
  it('extracts the paragraphs', async () => {
    const docx = await minimalDocx(['Дорожная карта подписана в Баку.', 'Trade & transport.']);
    expect((await convertDocx(docx, 'plan.docx')).text.trim()).toBe('Дорожная карта подписана в Баку.\n\nTrade & transport.');
  });

  it('reads title and creation day from the core properties', async () => {
    const docx = await minimalDocx(['Text.'], { title: 'План & карта', created: '2024-01-24T08:30:00Z' });
    expect(await convertDocx(docx, 'plan.docx')).toMatchObject({ title: 'План & карта', published: '2024-01-24' });
  });

  it('refuses a file that is not a zip', async () => {
    await expect(convertDocx(new TextEncoder().encode('plain text'), 'broken.docx')).rejects.toMatchObject({
      code: 'ingest/broken_docx',
      message: 'broken.docx: not a DOCX (not a zip archive)',
    });
  });

  it('refuses a zip without word/document.xml', async () => {
    const zip = await minimalDocx(['Text.'], {}, { withoutDocument: true });
    await expect(convertDocx(zip, 'broken.docx')).rejects.toMatchObject({
      message: 'broken.docx: not a DOCX (no word/document.xml)',
    });
  });

  it('refuses a zip bomb from its declared sizes, before inflating anything', async () => {
    const docx = await minimalDocx(['Text.']);
    const declaredHuge = declareUncompressedSize(docx, 'word/document.xml', 0xfff00000);
    await expect(convertDocx(declaredHuge, 'bomb.docx')).rejects.toMatchObject({
      code: 'ingest/too_large',
      message: expect.stringContaining('bomb.docx: DOCX would unzip to 4095 MB'),
    });
  });

  it('refuses an entry that inflates past the size its headers declare, having inflated little more', async () => {
    const before = process.memoryUsage().arrayBuffers;
    await expect(convertDocx(lyingDocx(64), 'liar.docx')).rejects.toMatchObject({
      code: 'ingest/too_large',
      message: 'liar.docx: DOCX entry word/document.xml inflates to more than the 4.0 KB its zip directory declares, ' +
        'refused as a possible zip bomb',
    });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses an entry that is larger than declared by any amount, and reads one that is smaller', async () => {
    const docx = await minimalDocx(['Text.']);
    await expect(convertDocx(declareUncompressedSize(docx, 'word/document.xml', 10), 'short.docx')).rejects.toMatchObject({
      code: 'ingest/too_large', message: expect.stringContaining('more than the 10 bytes its zip directory declares'),
    });
    const generous = declareUncompressedSize(docx, 'word/document.xml', 100_000);
    expect((await convertDocx(generous, 'generous.docx')).text.trim()).toBe('Text.');
  });

  it.each([
    ['an unknown compression method', (view: DataView, at: number) => view.setUint16(at + 10, 12, true), 'unsupported compression method 12'],
    ['an encrypted entry', (view: DataView, at: number) => view.setUint16(at + 8, 1, true), 'is encrypted'],
    ['a local header out of place', (view: DataView, at: number) => view.setUint32(at + 42, 7, true), 'no local header where the directory points'],
    ['data past the end', (view: DataView, at: number) => view.setUint32(at + 20, 0x00ffffff, true), 'data runs past the end of the file'],
  ])('refuses %s as a broken DOCX', async (_, patch, problem) => {
    const docx = new Uint8Array(await minimalDocx(['Text.']));
    const view = new DataView(docx.buffer);
    for (let at = 0; at + 46 < docx.length; at++) if (view.getUint32(at, true) === 0x02014b50) patch(view, at);
    await expect(convertDocx(docx, 'odd.docx')).rejects.toMatchObject({
      code: 'ingest/broken_docx', message: expect.stringContaining(problem),
    });
  });
});

/** Rewrites one central-directory entry's uncompressed size, as a zip bomb declares it. */
function declareUncompressedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  const entryNames = readZipDirectory(copy)!.map((entry) => entry.name);
  expect(entryNames).toContain(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + length)) === name) view.setUint32(at + 24, size, true);
  }
  return copy;
}
