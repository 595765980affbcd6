// The ingest queue on a PostgreSQL server (pg-boss): one job per file (its path, or the text itself for stdin),
// worked by any number of processes on any number of machines. A worker killed mid-job leaves its job active
// until it expires; pg-boss then retries it, and the content hash keeps a retried document from being stored twice.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { readDocuments } from '../ingest/index.js';
import { walkPaths } from '../ingest/walk.js';
import { countFacts } from '../pipeline/extract-documents.js';
import { BatchWriter, prepareDocument, type IngestEvent } from '../pipeline/ingest-documents.js';
import type { Store } from '../store/index.js';

export const INGEST_QUEUE = 'concord-ingest';

/** A file a worker reads itself (every worker must see the same path), or a text carried in the job. */
export type IngestJob =
  | { path: string; published?: string | null }
  | { text: string; source: string; published?: string | null };

/** What a finished job reports: its documents' outcomes (a file that cannot be read is done, not retried). */
export interface JobOutput {
  new: number;
  unchanged: number;
  failed: number;
  facts: number;
  errors: string[];
}

export interface QueueSettings {
  /** pg-boss's own schema. */
  schema: string;
  /** A job active longer than this is taken for lost (its worker died) and retried. */
  expireInSeconds: number;
  retryLimit: number;
  retryDelaySeconds: number;
  /** How often expired jobs are looked for. */
  maintenanceIntervalSeconds: number;
  /** How long an idle worker waits before asking for jobs again. */
  pollIntervalMs: number;
  /** Jobs one worker loop takes at a time; their documents are stored together. */
  batchSize: number;
}

export const QUEUE_DEFAULTS: QueueSettings = {
  schema: 'pgboss',
  expireInSeconds: 300,
  retryLimit: 3,
  retryDelaySeconds: 5,
  maintenanceIntervalSeconds: 30,
  pollIntervalMs: 500,
  batchSize: 16,
};

export interface JobProgress {
  total: number;
  /** Jobs finished, whether their files were stored or not. */
  done: number;
  /** Jobs that gave up after their retries. */
  failed: number;
  output: JobOutput;
}

export interface WorkOptions {
  /** Concurrent worker loops in this process. */
  concurrency?: number;
  /** Stops taking jobs once this returns true (checked between batches and while idle). */
  shouldStop?: () => boolean | Promise<boolean>;
  onEvent?: (event: IngestEvent) => void;
  /** A batch that could not be worked at all (its jobs are retried). */
  onError?: (error: Error) => void;
}

export class IngestQueue {
  private constructor(private readonly boss: PgBoss, readonly settings: QueueSettings) {}

  static async open(databaseUrl: string, overrides: Partial<QueueSettings> = {}): Promise<IngestQueue> {
    const settings = { ...QUEUE_DEFAULTS, ...overrides };
    const boss = new PgBoss({
      connectionString: databaseUrl,
      schema: settings.schema,
      max: 4,
      maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
      schedule: false,
    });
    boss.on('error', () => { /* pg-boss reports failed maintenance runs here; the next run tries again */ });
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      expireInSeconds: settings.expireInSeconds,
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
    });
    return new IngestQueue(boss, settings);
  }

  /** One job per file under the paths (stdin becomes a job holding its text); returns the job ids. */
  async enqueuePaths(
    paths: string[], options: { stdin?: NodeJS.ReadableStream; published?: string | null; onEvent?: (event: IngestEvent) => void } = {},
  ): Promise<string[]> {
    const jobs: IngestJob[] = [];
    for await (const item of walkPaths(paths)) {
      if (item.kind === 'file') jobs.push({ path: resolve(item.path), published: options.published ?? null });
      else if (item.kind === 'stdin') {
        const text = await readAll(options.stdin ?? process.stdin);
        jobs.push({ text, source: '-', published: options.published ?? null });
      } else if (item.kind === 'skipped') options.onEvent?.({ kind: 'skipped', source: item.source, reason: item.reason });
      else options.onEvent?.({ kind: 'failed', source: item.source, error: item.error });
    }
    return this.enqueue(jobs);
  }

  async enqueue(jobs: IngestJob[]): Promise<string[]> {
    const ids = jobs.map(() => randomUUID());
    const CHUNK = 1000;
    for (let i = 0; i < jobs.length; i += CHUNK) {
      await this.boss.insert(jobs.slice(i, i + CHUNK).map((data, k) => ({ id: ids[i + k], name: INGEST_QUEUE, data })));
    }
    return ids;
  }

  /** Where the given jobs stand, their outputs summed. */
  async progress(ids: string[]): Promise<JobProgress> {
    const { schema } = this.settings;
    const db = this.boss.getDb() as { executeSql(text: string, values: unknown[]): Promise<{ rows: { state: string; output: unknown }[] }> };
    const progress: JobProgress = { total: ids.length, done: 0, failed: 0, output: emptyOutput() };
    const CHUNK = 10_000;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const found = await db.executeSql(`
        SELECT state, output FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state IN ('completed', 'failed')
        UNION ALL
        SELECT state, output FROM ${schema}.archive WHERE name = $1 AND id = ANY($2::uuid[]) AND state IN ('completed', 'failed')`,
      [INGEST_QUEUE, ids.slice(i, i + CHUNK)]);
      for (const row of found.rows) {
        progress.done++;
        if (row.state === 'failed') progress.failed++;
        else addOutput(progress.output, row.output as JobOutput);
      }
    }
    return progress;
  }

  /** Waits until every given job is finished, reporting progress as it goes. */
  async waitFor(ids: string[], onProgress?: (progress: JobProgress) => void, intervalMs = 500): Promise<JobProgress> {
    for (;;) {
      const progress = await this.progress(ids);
      onProgress?.(progress);
      if (progress.done >= progress.total) return progress;
      await sleep(intervalMs);
    }
  }

  /** Takes jobs and stores their documents until `shouldStop` says so (or forever). */
  async work(store: Store, options: WorkOptions = {}): Promise<void> {
    const loops = Array.from({ length: Math.max(1, options.concurrency ?? 1) }, () => this.workLoop(store, options));
    await Promise.all(loops);
  }

  private async workLoop(store: Store, options: WorkOptions): Promise<void> {
    while (!(await options.shouldStop?.())) {
      const jobs = await this.boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: this.settings.batchSize });
      if (jobs.length === 0) {
        await sleep(this.settings.pollIntervalMs);
        continue;
      }
      let outputs;
      try {
        outputs = await processJobs(store, jobs.map((job) => job.data), options.onEvent);
      } catch (error) {
        // The database went away or the like: every job of the batch goes back for a retry.
        await this.boss.fail(INGEST_QUEUE, jobs.map((job) => job.id)).catch(() => {});
        options.onError?.(error as Error);
        await sleep(this.settings.pollIntervalMs);
        continue;
      }
      for (const [index, job] of jobs.entries()) {
        const { storeErrors, ...output } = outputs[index];
        if (storeErrors.length) await this.boss.fail(INGEST_QUEUE, job.id, { message: storeErrors.join('; ') });
        else await this.boss.complete(INGEST_QUEUE, job.id, output);
      }
    }
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}

/** Reads, extracts and stores the documents of some jobs, storing them together; one output per job. */
export async function processJobs(
  store: Store, jobs: IngestJob[], onEvent?: (event: IngestEvent) => void,
): Promise<(JobOutput & { storeErrors: string[] })[]> {
  const outputs = jobs.map(() => ({ ...emptyOutput(), storeErrors: [] as string[] }));
  const writer = new BatchWriter(store);
  const emit = onEvent ?? (() => {});
  for (const [index, job] of jobs.entries()) {
    const output = outputs[index];
    const read = 'path' in job
      ? readDocuments([job.path])
      : readDocuments(['-'], { stdin: Readable.from([Buffer.from(job.text)]) });
    for await (const outcome of read) {
      if (outcome.kind === 'skipped') continue;
      if (outcome.kind === 'failed') {
        output.failed++;
        output.errors.push(`${outcome.error.message} (${outcome.error.code})`);
        emit({ kind: 'failed', source: outcome.source, error: outcome.error });
        continue;
      }
      const { document } = outcome;
      const item = prepareDocument(document, job.published ?? null);
      await writer.add(item, (saved) => {
        if ('error' in saved) {
          // Unlike an unreadable file, a store that cannot take the document is worth another try.
          output.storeErrors.push(saved.error.message);
          emit({ kind: 'failed', source: document.source, error: saved.error });
          return;
        }
        const facts = saved.status === 'new' ? countFacts(item.extraction) : 0;
        output[saved.status]++;
        output.facts += facts;
        emit({ kind: 'stored', source: document.source, status: saved.status, facts });
      });
    }
  }
  await writer.flush();
  return outputs;
}

function emptyOutput(): JobOutput {
  return { new: 0, unchanged: 0, failed: 0, facts: 0, errors: [] };
}

function addOutput(sum: JobOutput, output: JobOutput | null): void {
  if (!output) return;
  sum.new += output.new ?? 0;
  sum.unchanged += output.unchanged ?? 0;
  sum.failed += output.failed ?? 0;
  sum.facts += output.facts ?? 0;
  sum.errors.push(...(output.errors ?? []));
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
