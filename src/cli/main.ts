// The command-line edge: parse the command, run it, map errors to one clear line and an exit code.
import { AppError, UsageError } from '../core/index.js';
import { connectionLost, openStore, type Store } from '../store/index.js';
import { diskFull } from '../store/driver-errors.js';
import { dataFolder } from '../store/open.js';
import { resolveConfig, type Config, type ConfigFlags } from './config.js';
import * as extract from './commands/extract.js';
import * as ingest from './commands/ingest.js';
import * as documents from './commands/documents.js';
import * as facts from './commands/facts.js';
import * as search from './commands/search.js';
import * as config from './commands/config.js';
import * as serve from './commands/serve.js';
import * as token from './commands/token.js';
import * as stories from './commands/stories.js';
import * as conflicts from './commands/conflicts.js';
import * as indicator from './commands/indicator.js';
import * as people from './commands/people.js';
import * as instruments from './commands/instruments.js';
import * as show from './commands/show.js';
import * as exporter from './commands/export.js';
import * as plan from './commands/plan.js';
import * as timeline from './commands/timeline.js';
import * as review from './commands/review.js';
import * as report from './commands/report.js';
import * as worker from './commands/worker.js';

export interface CommandContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

interface Command {
  usage: string;
  run(argv: string[], ctx: CommandContext): Promise<number>;
}

const COMMANDS: Record<string, { command: Command; summary: string }> = {
  ingest: { command: ingest, summary: 'read documents, extract their facts and store them' },
  extract: { command: extract, summary: 'print the facts of documents (JSON Lines with --json), storing nothing' },
  documents: { command: documents, summary: 'list stored documents' },
  facts: { command: facts, summary: 'list stored facts with their quotes' },
  search: { command: search, summary: 'full-text search over stored documents' },
  export: { command: exporter, summary: 'export facts as CSV, JSON or JSON Lines, people as Popolo JSON' },
  stories: { command: stories, summary: 'documents grouped into stories (copies of one report)' },
  conflicts: { command: conflicts, summary: 'figures on which sources disagree, with each value\'s sources' },
  plan: { command: plan, summary: 'plans, road maps and measures tracked against evidence' },
  report: { command: report, summary: 'a cited brief on a country pair as HTML, PDF or Markdown' },
  indicator: { command: indicator, summary: 'one indicator over time for a pair of countries, with sources' },
  people: { command: people, summary: 'people resolved across spellings and languages, with roles over time' },
  instruments: { command: instruments, summary: 'plans and agreements resolved across title variants' },
  timeline: { command: timeline, summary: 'events and instruments in date order with their sources, plans apart' },
  review: { command: review, summary: 'confirm, reject, correct or merge facts and entities; the review queue' },
  show: { command: show, summary: 'one person, instrument or story with every source' },
  serve: { command: serve, summary: 'serve the HTTP API and the web app' },
  worker: { command: worker, summary: 'take ingest jobs from the PostgreSQL server\'s queue and store them' },
  token: { command: token, summary: 'create, list and revoke API tokens' },
  config: { command: config, summary: 'show the settings in force' },
};

const HELP = `Concord: cited facts about intergovernmental cooperation, from press and government texts.

Usage: concord <command> [options]

${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`).join('\n')}

Every command takes --json (machine-readable output), --data DIR (embedded store folder; default ./.concord
or $CONCORD_DATA) and --debug. With DATABASE_URL set, the store is that PostgreSQL server.
'concord <command> --help' shows a command's options.`;

/** Opens the store the configuration names, runs `fn`, and always closes it. */
export async function withStore<T>(flags: ConfigFlags, ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const cfg = resolveConfig(flags, ctx.env);
  try {
    const store = await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl ?? undefined });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    // A full disk is one line naming the store's folder or server, however deep the write that found it.
    throw diskFull(error, storePlace(cfg)) ?? error;
  }
}

/** How a disk-full message names the store: its data folder, or the server's host. */
export function storePlace(cfg: Pick<Config, 'dataDir' | 'databaseUrl'>): string {
  if (!cfg.databaseUrl) return dataFolder(cfg.dataDir);
  try {
    return `the database server at ${new URL(cfg.databaseUrl).host}`;
  } catch {
    return 'the database server';
  }
}

export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  const debug = argv.includes('--debug') || ctx.env.CONCORD_DEBUG === '1';
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx.stderr.write(`concord: unknown command "${name}" (usage)\n\n${HELP}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout.write(`${entry.summary}\n\n${entry.command.usage}\n`);
    return 0;
  }
  try {
    return await entry.command.run(rest, ctx);
  } catch (caught) {
    const error = connectionLost(caught) ?? diskFull(caught, 'the database') ?? caught;
    if (error instanceof AppError) {
      ctx.stderr.write(`concord: ${error.message} (${error.code})\n`);
      if (debug && error.stack) ctx.stderr.write(error.stack + '\n');
      return error instanceof UsageError ? 2 : 1;
    }
    const err = error as Error;
    ctx.stderr.write(`concord: ${err.message ?? String(error)} (internal_error)\n`);
    ctx.stderr.write(debug ? `${err.stack}\n` : 'run again with --debug to see where it happened\n');
    return 70;
  }
}
