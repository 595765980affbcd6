// `concord extract FILE... [--json] [--published DATE] [--input-jsonl FILE|-]`: facts per document, nothing stored.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { AppError, UsageError } from '../../core/index.js';
import { documentFromText, readDocuments } from '../../ingest/index.js';
import { extractDocument, type ExtractRecord } from '../../pipeline/extract-documents.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { printExtractSummary } from '../present/extract-summary.js';
import type { CommandContext } from '../main.js';

export const usage = `concord extract FILE|DIR|-... [--json] [--published YYYY-MM-DD]
concord extract --input-jsonl FILE|- [--json]   lines {"file","text","published"?} in, one answer per line out`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    published: { type: 'string' },
    'input-jsonl': { type: 'string' },
  });
  const fallback = parseIsoDay(values.published, '--published') ?? null;
  const show = (record: ExtractRecord) => {
    if (values.json) ctx.stdout.write(JSON.stringify(record) + '\n');
    else printExtractSummary(record, ctx.stdout);
  };
  if (values['input-jsonl']) {
    if (positionals.length) throw new UsageError('give either files or --input-jsonl, not both');
    return extractJsonLines(values['input-jsonl'], fallback, show, ctx);
  }
  if (!positionals.length) throw new UsageError(`nothing to extract from\n${usage}`);
  let failed = 0;
  for await (const outcome of readDocuments(positionals, { stdin: ctx.stdin })) {
    if (outcome.kind === 'document') show(extractDocument(outcome.document, fallback).record);
    else if (outcome.kind === 'failed') {
      failed++;
      ctx.stderr.write(`concord: ${outcome.error.message} (${outcome.error.code})\n`);
    }
  }
  return failed ? 1 : 0;
}

interface InputLine { file?: unknown; text?: unknown; published?: unknown; lang?: unknown }

async function extractJsonLines(source: string, fallback: string | null, show: (r: ExtractRecord) => void,
  ctx: CommandContext): Promise<number> {
  const input = source === '-' ? ctx.stdin : createReadStream(source);
  let n = 0;
  let failed = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      try {
        const row = parseInputLine(line, n, source);
        const document = documentFromText(row.text, {
          file: basename(row.file), source: row.file, published: row.published ?? null,
        });
        show(extractDocument(document, fallback).record);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failed++;
        ctx.stderr.write(`concord: ${error.message} (${error.code})\n`);
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`${source}: no such file`);
    throw error;
  }
  return failed ? 1 : 0;
}

function parseInputLine(line: string, n: number, source: string): { file: string; text: string; published?: string } {
  let row: InputLine;
  try {
    row = JSON.parse(line) as InputLine;
  } catch {
    throw new AppError('extract/bad_input_line', `${source}:${n}: not a JSON object`);
  }
  if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
    throw new AppError('extract/bad_input_line', `${source}:${n}: needs a "text" string`);
  }
  const file = typeof row.file === 'string' && row.file ? row.file : `line-${n}`;
  const published = typeof row.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(row.published)
    ? row.published.slice(0, 10) : undefined;
  return { file, text: row.text, published };
}
