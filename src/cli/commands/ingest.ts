// `concord ingest PATH...`: read, extract and store documents; one summary line at the end.
import { UsageError } from '../../core/index.js';
import { countInputs } from '../../ingest/index.js';
import { ingestPaths, type IngestEvent } from '../../pipeline/ingest-documents.js';
import { refreshReadModels } from '../../pipeline/read-models.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { resolveConfig } from '../config.js';
import { ProgressBar } from '../progress.js';
import { storePlace, withStore, type CommandContext } from '../main.js';
import { diskFull } from '../../store/driver-errors.js';
import { IngestQueue } from '../../queue/ingest-queue.js';

export const usage = `concord ingest FILE|DIR|-... [--data DIR] [--published YYYY-MM-DD] [--max-bytes SIZE] [--json]
                [--enqueue-only] [--wait]

  --max-bytes SIZE   refuse input files larger than SIZE, unread (e.g. 50M; default 50M, or $CONCORD_MAX_BYTES)

With DATABASE_URL set, each file becomes a job on the server's queue (stdin: a job holding its text), and this
process works the queue until its own jobs are done; 'concord worker' processes on other machines help.
  --enqueue-only     only put the jobs on the queue (workers store them)
  --wait             put the jobs on the queue and wait for workers to finish them, with a progress bar`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
    published: { type: 'string' }, 'max-bytes': { type: 'string' },
    'enqueue-only': { type: 'boolean' }, wait: { type: 'boolean' },
  });
  if (!positionals.length) throw new UsageError(`nothing to ingest\n${usage}`);
  const publishedFallback = parseIsoDay(values.published, '--published') ?? null;
  const cfg = resolveConfig(values, ctx.env);
  const { maxBytes, databaseUrl } = cfg;
  if (databaseUrl) return runQueued(positionals, databaseUrl, { ...values, publishedFallback }, ctx);
  if (values['enqueue-only'] || values.wait) throw new UsageError('--enqueue-only and --wait need a PostgreSQL server (DATABASE_URL)');
  const progress = new ProgressBar(await countInputs(positionals), ctx.stderr);
  // A full disk fails every document after it: the ingest stops at the first, with one line naming the store,
  // instead of a line per remaining document. Thrown again at every later event, so it leaves the pipeline
  // whichever way the pipeline reports (a document's failure, or a failure while reporting one).
  let stop: Error | null = null;
  const onEvent = (event: IngestEvent) => {
    if (stop) throw stop;
    if (event.kind === 'failed' && (stop = diskFull(event.error, storePlace(cfg)))) throw stop;
    if (event.kind === 'failed') {
      const code = 'code' in event.error ? ` (${(event.error as { code: string }).code})` : '';
      progress.note(`concord: ${event.error.message}${code}`);
    }
    if (values.json) ctx.stdout.write(JSON.stringify(eventJson(event)) + '\n');
    progress.tick(event.source);
  };
  const summary = await withStore(values, ctx, async (store) => {
    const stored = await ingestPaths(store, positionals, { stdin: ctx.stdin, publishedFallback, maxBytes, onEvent });
    progress.finish();
    // Rebuilt now rather than on the first page view after the ingest; nothing is rebuilt when nothing changed.
    await refreshReadModels(store);
    return stored;
  });
  const line = `${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed` +
    (summary.skipped ? `, ${summary.skipped} skipped` : '') +
    ` documents; ${summary.facts} facts found in ${summary.seconds.toFixed(1)} s` +
    (summary.new === 0 && summary.unchanged > 0 && summary.failed === 0 ? ' (nothing new to store)' : '');
  if (values.json) ctx.stdout.write(JSON.stringify({ summary }) + '\n');
  else ctx.stdout.write(line + '\n');
  return summary.failed ? 1 : 0;
}

interface QueuedFlags {
  json?: boolean;
  'enqueue-only'?: boolean;
  wait?: boolean;
  publishedFallback: string | null;
  data?: string;
  debug?: boolean;
}

/** Server mode: one job per file; this process works the queue too unless told only to enqueue or to wait. */
async function runQueued(paths: string[], databaseUrl: string, flags: QueuedFlags, ctx: CommandContext): Promise<number> {
  const started = performance.now();
  let refused = 0;
  const report = (event: IngestEvent) => {
    if (event.kind === 'failed') {
      refused++;
      const code = 'code' in event.error ? ` (${(event.error as { code: string }).code})` : '';
      ctx.stderr.write(`concord: ${event.error.message}${code}\n`);
    }
    if (flags.json && event.kind !== 'stored') ctx.stdout.write(JSON.stringify(eventJson(event)) + '\n');
  };
  const queue = await IngestQueue.open(databaseUrl);
  try {
    const ids = await queue.enqueuePaths(paths, { stdin: ctx.stdin, published: flags.publishedFallback, onEvent: report });
    if (flags['enqueue-only'] && !flags.wait) {
      if (flags.json) ctx.stdout.write(JSON.stringify({ enqueued: ids.length, jobs: ids }) + '\n');
      else ctx.stdout.write(`${ids.length} jobs enqueued\n`);
      return refused ? 1 : 0;
    }
    const progress = new ProgressBar(ids.length, ctx.stderr);
    let shown = 0;
    const show = (done: number) => { for (; shown < done; shown++) progress.tick('jobs'); };
    if (!flags.wait) {
      // Failures reach the summary through the jobs' outputs; here only what this process stored is listed.
      const onEvent = (event: IngestEvent) => {
        if (flags.json && event.kind === 'stored') ctx.stdout.write(JSON.stringify(eventJson(event)) + '\n');
      };
      await withStore(flags, ctx, async (store) => {
        await queue.work(store, {
          onEvent,
          shouldStop: async () => {
            const { done } = await queue.progress(ids);
            show(done);
            return done >= ids.length;
          },
        });
        await refreshReadModels(store);
      });
    }
    const result = await queue.waitFor(ids, (p) => show(p.done));
    progress.finish();
    for (const error of result.output.errors) ctx.stderr.write(`concord: ${error}\n`);
    const summary = {
      ...result.output, errors: undefined, failed: result.output.failed + result.failed + refused,
      jobs: ids.length, seconds: (performance.now() - started) / 1000,
    };
    if (flags.json) ctx.stdout.write(JSON.stringify({ summary }) + '\n');
    else {
      ctx.stdout.write(`${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed documents; ` +
        `${summary.facts} facts found in ${summary.seconds.toFixed(1)} s (${ids.length} jobs` +
        (summary.new === 0 && summary.unchanged > 0 && summary.failed === 0 ? '; nothing new to store)\n' : ')\n'));
    }
    return summary.failed ? 1 : 0;
  } finally {
    await queue.close();
  }
}

function eventJson(event: IngestEvent): Record<string, unknown> {
  if (event.kind === 'failed') {
    return { kind: 'failed', source: event.source, error: (event.error as { code?: string }).code ?? 'internal_error', message: event.error.message };
  }
  return { ...event };
}
