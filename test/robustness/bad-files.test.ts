// Bad files through the real CLI: each one gets one line naming the file and the problem, the good ones
// are stored, and the batch goes on. Legacy encodings and UTF-16 are read, not refused.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { minimalDocx } from '../fixtures/ingest/minimal-docx.js';
import { minimalPdf } from '../fixtures/ingest/minimal-pdf.js';
import { concord, jsonLines, ROOT, type CliResult } from '../e2e/cli.js';
import { lyingDocx } from './lying-docx.js';

const RUSSIAN = 'Товарооборот между Россией и Азербайджаном в 2021 году составил 2,9 млрд долларов.';
const ENGLISH = 'Trade turnover between Russia and Azerbaijan amounted to $2.9 billion in 2021.';

const cp1251 = (text: string) => {
  const table = new TextDecoder('windows-1251').decode(new Uint8Array(256).map((_, i) => i));
  return Buffer.from([...text].map((c) => table.indexOf(c)));
};
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = Buffer.from('\uFEFF' + text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
};

/** A DOCX whose directory says its text unzips to 4 GB: what a zip bomb declares. */
async function zipBomb(): Promise<Uint8Array> {
  const docx = new Uint8Array(await minimalDocx(['Text.']));
  const view = new DataView(docx.buffer);
  for (let at = 0; at + 46 < docx.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfff00000, true);
  }
  return docx;
}

interface Event { kind: string; source: string; error?: string; message?: string; status?: string }

describe('concord ingest on a folder of bad files', () => {
  let dir: string;
  let run: CliResult;
  let events: Map<string, Event>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'concord-robust-'));
    const file = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
    file('empty.txt', '');
    file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    file('garbled.txt', Buffer.from([0x41, 0x42, 0x98, 0x9d, 0x81, 0x43]));
    file('cp1251.txt', cp1251(RUSSIAN));
    file('latin1.txt', Buffer.from('Caf\u00e9 owners in Baku said exports rose by 5% in 2021.', 'latin1'));
    file('utf16le.txt', utf16(RUSSIAN, 'le'));
    file('utf16be.md', utf16(ENGLISH, 'be'));
    file('truncated.pdf', minimalPdf([ENGLISH]).subarray(0, 120));
    file('not-really.pdf', 'plain text named .pdf');
    file('broken.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0x41)]));
    file('bomb.docx', await zipBomb());
    file('liar.docx', lyingDocx(64));
    file('broken.html', '<html><head><title>x</title></head><body><div><p>' + ENGLISH + '<b><i></div');
    file('binary.html', Buffer.concat([Buffer.from('<html><body>'), Buffer.alloc(16, 0), Buffer.from('</body></html>')]));
    file('good.txt', `${ENGLISH} Exports grew by 12%.`);
    file('huge.txt', '');
    truncateSync(join(dir, 'huge.txt'), 100 * 1024 * 1024);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    run = await concord(['ingest', dir, join(dir, 'pipe.txt'), '--json', '--data', mkdtempSync(join(tmpdir(), 'concord-robust-data-'))]);
    events = new Map(jsonLines<Event>(run.stdout).filter((e) => e.source).map((e) => [e.source.replace(dir + '/', ''), e]));
  }, 120_000);

  it.each([
    ['empty.txt', 'ingest/empty', 'empty file'],
    ['binary.txt', 'ingest/binary', 'binary content (NUL byte at 8), not text'],
    ['garbled.txt', 'ingest/invalid_utf8', 'invalid UTF-8 at byte 2 (0x98), and not plausible as windows-1251 or windows-1252 text'],
    ['truncated.pdf', 'ingest/broken_pdf', 'broken PDF ('],
    ['not-really.pdf', 'ingest/not_a_pdf', 'not a PDF (no %PDF header)'],
    ['broken.docx', 'ingest/broken_docx', 'not a DOCX (not a zip archive)'],
    ['bomb.docx', 'ingest/too_large', 'DOCX would unzip to'],
    ['liar.docx', 'ingest/too_large',
      'DOCX entry word/document.xml inflates to more than the 4.0 KB its zip directory declares, refused as a possible zip bomb'],
    ['binary.html', 'ingest/binary', 'binary content (NUL byte at 12), not text'],
    ['huge.txt', 'ingest/too_large', 'too large (100.0 MB, limit 50.0 MB)'],
    ['pipe.txt', 'ingest/not_a_file', 'not a regular file (fifo)'],
    ['dangling.txt', 'ingest/not_found', 'dangling symbolic link'],
  ])('refuses %s with %s, naming the file and the problem', (name, code, problem) => {
    expect(events.get(name)).toMatchObject({ kind: 'failed', error: code, message: expect.stringContaining(`${join(dir, name)}: ${problem}`) });
    expect(run.stderr).toContain(`concord: ${join(dir, name)}: ${problem}`);
  });

  it.each(['cp1251.txt', 'latin1.txt', 'utf16le.txt', 'utf16be.md', 'broken.html', 'good.txt'])('stores %s', (name) => {
    expect(events.get(name)).toMatchObject({ kind: 'stored', status: 'new' });
  });

  it('skips a fifo found inside a folder without blocking on it, and exits 1 for the failures', () => {
    expect(events.get('pipe.txt')?.kind).toBe('failed');
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).at(-1)).toMatchObject({ summary: { new: 6, failed: 12, skipped: 1 } });
  });
});

/** Runs `concord ingest` and reads the process's peak resident memory (getrusage) as it exits, in MB. */
async function ingestPeakRss(folder: string): Promise<CliResult & { peakMb: number }> {
  const report = join(mkdtempSync(join(tmpdir(), 'concord-rss-')), 'max-rss');
  const hook = `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(report)}, ` +
    'String(process.resourceUsage().maxRSS)));';
  const child = spawn(process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, join(ROOT, 'bin/concord.js'),
      'ingest', folder, '--json', '--data', mkdtempSync(join(tmpdir(), 'concord-rss-data-'))],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? -1)));
  return { code, stdout, stderr, peakMb: Number(readFileSync(report, 'utf8')) / 1024 };
}

describe('a DOCX whose zip headers under-declare its sizes', () => {
  it('is refused after inflating little more than it declares: memory stays bounded and the batch goes on', async () => {
    // 1 MB on disk, 4 KB declared, 1 GB inflated: read whole, it takes over a gigabyte of memory.
    const withLiar = mkdtempSync(join(tmpdir(), 'concord-liar-'));
    writeFileSync(join(withLiar, 'liar.docx'), lyingDocx(1024));
    writeFileSync(join(withLiar, 'good.txt'), `${ENGLISH} Exports grew by 12%.`);
    const alone = mkdtempSync(join(tmpdir(), 'concord-liar-alone-'));
    writeFileSync(join(alone, 'good.txt'), `${ENGLISH} Exports grew by 12%.`);

    const [liar, baseline] = [await ingestPeakRss(withLiar), await ingestPeakRss(alone)];
    expect(liar.stderr).toContain(`concord: ${join(withLiar, 'liar.docx')}: DOCX entry word/document.xml inflates to more than ` +
      'the 4.0 KB its zip directory declares, refused as a possible zip bomb (ingest/too_large)');
    expect(jsonLines(liar.stdout).at(-1)).toMatchObject({ summary: { new: 1, failed: 1 } });
    expect(liar.code).toBe(1);
    expect(baseline.code).toBe(0);
    // PGlite alone takes about half a gigabyte; the lying file may add a little, never its gigabyte.
    expect(liar.peakMb - baseline.peakMb).toBeLessThan(150);
  }, 120_000);
});

describe('the size limit', () => {
  it('is set by --max-bytes, over CONCORD_MAX_BYTES', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'concord-limit-'));
    writeFileSync(join(dir, 'a.txt'), ENGLISH.repeat(40));
    const data = mkdtempSync(join(tmpdir(), 'concord-limit-data-'));
    const refused = await concord(['ingest', dir, '--max-bytes', '1k', '--data', data], { env: { CONCORD_MAX_BYTES: '1G' } });
    expect(refused.stderr).toContain(`concord: ${join(dir, 'a.txt')}: too large (3.0 KB, limit 1.0 KB) (ingest/too_large)`);
  });

  it('refuses a size it cannot read as a usage error', async () => {
    const result = await concord(['ingest', '.', '--max-bytes', 'lots']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-bytes takes a size in bytes such as 52428800 or 50M, not "lots"');
  });

  it('is shown by concord config with where it came from', async () => {
    const result = await concord(['config', '--json'], { env: { CONCORD_MAX_BYTES: '10M' } });
    expect(JSON.parse(result.stdout)).toMatchObject({ maxBytes: 10 * 1024 * 1024 });
  });
});
