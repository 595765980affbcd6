// `concord ingest PATH...`: read, extract and store documents; one summary line at the end.
import { UsageError } from '../../core/index.js';
import { countInputs } from '../../ingest/index.js';
import { ingestPaths, type IngestEvent } from '../../pipeline/ingest-documents.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { resolveConfig } from '../config.js';
import { ProgressBar } from '../progress.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord ingest FILE|DIR|-... [--data DIR] [--published YYYY-MM-DD] [--max-bytes SIZE] [--json]

  --max-bytes SIZE   refuse input files larger than SIZE, unread (e.g. 50M; default 50M, or $CONCORD_MAX_BYTES)`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, { published: { type: 'string' }, 'max-bytes': { type: 'string' } });
  if (!positionals.length) throw new UsageError(`nothing to ingest\n${usage}`);
  const publishedFallback = parseIsoDay(values.published, '--published') ?? null;
  const { maxBytes } = resolveConfig(values, ctx.env);
  const progress = new ProgressBar(await countInputs(positionals), ctx.stderr);
  const onEvent = (event: IngestEvent) => {
    if (event.kind === 'failed') {
      const code = 'code' in event.error ? ` (${(event.error as { code: string }).code})` : '';
      progress.note(`concord: ${event.error.message}${code}`);
    }
    if (values.json) ctx.stdout.write(JSON.stringify(eventJson(event)) + '\n');
    progress.tick(event.source);
  };
  const summary = await withStore(values, ctx, (store) =>
    ingestPaths(store, positionals, { stdin: ctx.stdin, publishedFallback, maxBytes, onEvent }));
  progress.finish();
  const line = `${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed` +
    (summary.skipped ? `, ${summary.skipped} skipped` : '') +
    ` documents; ${summary.facts} facts found in ${summary.seconds.toFixed(1)} s` +
    (summary.new === 0 && summary.unchanged > 0 && summary.failed === 0 ? ' (nothing new to store)' : '');
  if (values.json) ctx.stdout.write(JSON.stringify({ summary }) + '\n');
  else ctx.stdout.write(line + '\n');
  return summary.failed ? 1 : 0;
}

function eventJson(event: IngestEvent): Record<string, unknown> {
  if (event.kind === 'failed') {
    return { kind: 'failed', source: event.source, error: (event.error as { code?: string }).code ?? 'internal_error', message: event.error.message };
  }
  return { ...event };
}
