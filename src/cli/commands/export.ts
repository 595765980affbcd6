// `concord export`: stored facts as CSV, JSON or JSON Lines (people also as Popolo JSON), byte-identical for
// the same store so that exports can be diffed and versioned.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { UsageError } from '../../core/index.js';
import { EXPORT_FORMATS, EXPORT_KINDS, exportChunks, type ExportFormat, type ExportKind } from '../../report/export/index.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord export [--format csv|json|jsonl|popolo] [--kind ${EXPORT_KINDS.join('|')}] [--out FILE]
  --kind series     one row per figure and source: indicator, period, value, unit, direction, corroboration, conflict
  --kind plans      one row per measure with its status as of --as-of (default: the latest publication day stored)
  --kind timeline   events and instruments by date
  --format popolo exports people and their roles as Popolo JSON`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    format: { type: 'string' }, kind: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' },
  });
  const asOf = parseIsoDay(values['as-of'], '--as-of');
  const format = (values.format ?? (values.json ? 'jsonl' : 'csv')) as ExportFormat;
  const kind = (values.kind ?? (format === 'popolo' ? 'people' : 'facts')) as ExportKind;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format is one of ${EXPORT_FORMATS.join(', ')}, not "${values.format}"`);
  if (!EXPORT_KINDS.includes(kind)) throw new UsageError(`--kind is one of ${EXPORT_KINDS.join(', ')}, not "${values.kind}"`);
  const out = values.out ? createWriteStream(values.out) : ctx.stdout;
  await withStore(values, ctx, async (store) => {
    for await (const chunk of exportChunks(store, kind, format, { asOf })) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
  });
  if (values.out) {
    (out as NodeJS.WritableStream).end();
    await once(out, 'finish');
    ctx.stderr.write(`concord: wrote ${values.out}\n`);
  }
  return 0;
}
