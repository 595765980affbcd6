import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { minimalDocx } from '../../test/fixtures/ingest/minimal-docx.js';
import { minimalPdf } from '../../test/fixtures/ingest/minimal-pdf.js';
import { countInputs, documentFromText, readDocuments, type ReadOutcome } from './index.js';

const ARTICLE = 'The trade turnover between Azerbaijan and Russia amounted to $2.9 billion in 2021, the ministry said.\n';

async function collect(paths: string[], options?: Parameters<typeof readDocuments>[1]): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readDocuments(paths, options)) outcomes.push(outcome);
  return outcomes;
}

const summary = (outcome: ReadOutcome) =>
  outcome.kind === 'document' ? `document ${outcome.document.file}`
    : outcome.kind === 'failed' ? `failed ${outcome.error.code}` : `skipped ${outcome.reason}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-ingest-'));
});

describe('readDocuments over a folder', () => {
  it('reads every supported format, recursively, in sorted order', async () => {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'c.md'), ARTICLE);
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'd.html'), `<html><body><article><p>${ARTICLE.repeat(5)}</p></article></body></html>`);
    writeFileSync(join(dir, 'e.pdf'), minimalPdf([ARTICLE.trim()]));
    writeFileSync(join(dir, 'f.docx'), await minimalDocx([ARTICLE.trim()]));
    const outcomes = await collect([dir]);
    expect(outcomes.map(summary)).toEqual(['document a.txt', 'document c.md', 'document d.html', 'document e.pdf', 'document f.docx']);
    expect(outcomes.map((o) => o.kind === 'document' && o.document.format)).toEqual(['txt', 'md', 'html', 'pdf', 'docx']);
  });

  it('passes over hidden files and index.jsonl silently, and skips other kinds with a reason', async () => {
    writeFileSync(join(dir, '.draft.txt'), ARTICLE);
    writeFileSync(join(dir, 'index.jsonl'), '');
    writeFileSync(join(dir, 'photo.jpg'), 'x');
    writeFileSync(join(dir, 'README'), 'x');
    expect((await collect([dir])).map(summary)).toEqual(['skipped unsupported format (no extension)', 'skipped unsupported format .jpg']);
  });

  it('describes a document: base name, source as given, hash, language and furniture removed', async () => {
    writeFileSync(join(dir, 'a.txt'), ` date 2022-04-05 By Azernews\n\n${ARTICLE}\nRelated Reading\nOther story\n`);
    const [outcome] = await collect([join(dir, 'a.txt')]);
    expect(outcome.kind).toBe('document');
    if (outcome.kind !== 'document') return;
    expect(outcome.document).toMatchObject({
      file: 'a.txt', source: join(dir, 'a.txt'), format: 'txt', lang: 'en', published: '2022-04-05', outlet: 'Azernews',
    });
    expect(outcome.document.text).toBe(`${' '.repeat(17)}By Azernews\n\n${ARTICLE.trim()}`);
    expect(outcome.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets non-null values of the folder index win over the text', async () => {
    writeFileSync(join(dir, 'a.txt'), ` date 2022-04-05 By Azernews\n\n${ARTICLE}`);
    writeFileSync(join(dir, 'b.txt'), ` date 2022-04-05 By Azernews\n\n${ARTICLE}`);
    writeFileSync(join(dir, 'index.jsonl'), [
      JSON.stringify({ file: 'a.txt', url: 'https://a.example/1', outlet: 'AzerNews', published: '2022-04-06', lang: 'en', extra: 1 }),
      JSON.stringify({ file: 'b.txt', url: null, outlet: null, published: null, lang: null }),
    ].join('\n'));
    const documents = (await collect([dir])).flatMap((o) => (o.kind === 'document' ? [o.document] : []));
    expect(documents.map(({ url, outlet, published }) => ({ url, outlet, published }))).toEqual([
      { url: 'https://a.example/1', outlet: 'AzerNews', published: '2022-04-06' },
      { url: null, outlet: 'Azernews', published: '2022-04-05' },
    ]);
  });

  it('reports unreadable index lines once and still uses the good ones', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'index.jsonl'), `{"file": "a.txt", "published": "2020-01-02"}\nnot json\n`);
    const outcomes = await collect([dir]);
    expect(outcomes.map(summary)).toEqual(['failed ingest/bad_index', 'document a.txt']);
    expect(outcomes[1].kind === 'document' && outcomes[1].document.published).toBe('2020-01-02');
  });

  it('goes on after a bad file', async () => {
    writeFileSync(join(dir, 'a.pdf'), 'not a pdf');
    writeFileSync(join(dir, 'b.txt'), ARTICLE);
    expect((await collect([dir])).map(summary)).toEqual(['failed ingest/not_a_pdf', 'document b.txt']);
  });
});

describe('readDocuments failures', () => {
  it.each([
    ['an empty file', 'empty.txt', '', 'ingest/empty', 'empty file'],
    ['a file of spaces', 'blank.txt', '  \n\n ', 'ingest/empty', 'no text (only whitespace or page furniture)'],
    ['binary content in a .txt', 'photo.txt', 'GIF89a\u0000\u0001', 'ingest/binary', 'binary content (NUL byte at 6), not text'],
    ['invalid UTF-8', 'garbled.md', Buffer.from([0x41, 0x98, 0x41]), 'ingest/invalid_utf8', 'invalid UTF-8 at byte 1 (0x98), and not plausible as windows-1251 or windows-1252 text'],
    ['a broken DOCX', 'broken.docx', 'PK but not really', 'ingest/broken_docx', 'not a DOCX (not a zip archive)'],
  ])('fails on %s', async (_name, file, content, code, problem) => {
    writeFileSync(join(dir, file), content);
    const [outcome] = await collect([join(dir, file)]);
    expect(outcome).toMatchObject({ kind: 'failed', source: join(dir, file), error: { code, message: `${join(dir, file)}: ${problem}` } });
  });

  it('fails on a missing path', async () => {
    expect(await collect(['missing.txt'])).toMatchObject([
      { kind: 'failed', source: 'missing.txt', error: { code: 'ingest/not_found', message: 'missing.txt: no such file or folder' } },
    ]);
  });

  it('fails on a dangling link', async () => {
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    expect((await collect([join(dir, 'link.txt')]))[0]).toMatchObject({ error: { message: expect.stringContaining('dangling symbolic link') } });
  });

  it('fails on a fifo named explicitly, without blocking on it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expect((await collect([join(dir, 'pipe.txt')]))[0]).toMatchObject({ error: { code: 'ingest/not_a_file', message: expect.stringContaining('fifo') } });
  });

  it('refuses a file over maxBytes unread', async () => {
    writeFileSync(join(dir, 'big.txt'), ARTICLE.repeat(100));
    expect((await collect([join(dir, 'big.txt')], { maxBytes: 1000 }))[0]).toMatchObject({ error: { code: 'ingest/too_large' } });
  });
});

describe('readDocuments from stdin', () => {
  it('reads "-" as a text document', async () => {
    const stdin = Readable.from([Buffer.from('Товарооборот между Россией и Азербайджаном вырос на 17,5 процента в 2023 году.')]);
    expect(await collect(['-'], { stdin })).toMatchObject([{ kind: 'document', document: { source: '-', file: '-', lang: 'ru' } }]);
  });

  it('fails on empty input', async () => {
    expect(await collect(['-'], { stdin: Readable.from([]) })).toMatchObject([{ kind: 'failed', error: { code: 'ingest/empty' } }]);
  });
});

describe('documentFromText', () => {
  it('applies the text rules and lets given metadata win', () => {
    const document = documentFromText(` date 2022-04-05 By Azernews\n\n${ARTICLE}`, { file: 'x.txt', published: '2023-01-01' });
    expect(document).toMatchObject({ file: 'x.txt', source: 'x.txt', published: '2023-01-01', outlet: 'Azernews', lang: 'en' });
  });

  it('takes the text\'s date when none is given', () => {
    expect(documentFromText(` date 2022-04-05\n\n${ARTICLE}`, { file: 'x.txt', published: null }).published).toBe('2022-04-05');
  });
});

describe('countInputs', () => {
  it('counts what readDocuments will yield', async () => {
    writeFileSync(join(dir, 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'b.jpg'), 'x');
    expect(await countInputs([dir, 'missing.txt', '-'])).toBe(4);
  });
});
