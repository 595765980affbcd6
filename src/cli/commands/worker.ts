// `concord worker`: takes ingest jobs from the PostgreSQL server's queue and stores their documents, until
// interrupted. Run one per core on as many machines as needed; each sees the files its jobs name.
import { UsageError } from '../../core/index.js';
import type { IngestEvent } from '../../pipeline/ingest-documents.js';
import { IngestQueue } from '../../queue/ingest-queue.js';
import { parseCommand } from '../args.js';
import { resolveConfig } from '../config.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord worker [--concurrency N] [--json]

Needs DATABASE_URL. Stops after the jobs in hand on SIGINT or SIGTERM; a worker killed outright loses
nothing: its jobs expire and are retried, and documents already stored are not stored twice.
  --concurrency N    jobs worked at once in this process (default 1)`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, { concurrency: { type: 'string' } });
  const concurrency = Number(values.concurrency ?? '1');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency ${values.concurrency}: expected a whole number from 1`);
  const { databaseUrl } = resolveConfig(values, ctx.env);
  if (!databaseUrl) throw new UsageError('the worker takes jobs from a PostgreSQL server: set DATABASE_URL');
  let stopping = false;
  const stop = () => { stopping = true; };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const counts = { new: 0, unchanged: 0, failed: 0, facts: 0 };
  const onEvent = (event: IngestEvent) => {
    if (event.kind === 'stored') {
      counts[event.status]++;
      counts.facts += event.facts;
    } else if (event.kind === 'failed') {
      counts.failed++;
      const code = 'code' in event.error ? ` (${(event.error as { code: string }).code})` : '';
      ctx.stderr.write(`concord: ${event.error.message}${code}\n`);
    }
    if (values.json) ctx.stdout.write(JSON.stringify(event.kind === 'failed' ? { kind: 'failed', source: event.source, message: event.error.message } : event) + '\n');
  };
  const queue = await IngestQueue.open(databaseUrl);
  try {
    if (!values.json) ctx.stderr.write(`concord worker: taking jobs (concurrency ${concurrency}); Ctrl-C to stop\n`);
    await withStore(values, ctx, (store) => queue.work(store, {
      concurrency,
      shouldStop: () => stopping,
      onEvent,
      onError: (error) => ctx.stderr.write(`concord worker: a batch will be retried: ${error.message}\n`),
    }));
  } finally {
    await queue.close();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  const line = `${counts.new} new, ${counts.unchanged} unchanged, ${counts.failed} failed documents; ${counts.facts} facts`;
  ctx.stdout.write(values.json ? JSON.stringify({ summary: counts }) + '\n' : line + '\n');
  return 0;
}
