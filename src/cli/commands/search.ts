// `concord search QUERY`: full-text search over stored documents, English and Russian stemming.
import { UsageError } from '../../core/index.js';
import { parseCommand, parseLimit } from '../args.js';
import { HIGHLIGHT } from '../../store/index.js';
import { footer, formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord search QUERY [--limit N] [--offset N] [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, { limit: { type: 'string' }, offset: { type: 'string' } });
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError(`search needs a query\n${usage}`);
  const limit = parseLimit(values.limit) ?? (values.json ? undefined : 20);
  const page = await withStore(values, ctx, (store) =>
    store.search(query, { limit, offset: parseLimit(values.offset, '--offset') }));
  if (values.json) printJsonLines(page.items, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'published', 'file', 'snippet'],
    page.items.map((r) => [r.id, r.published, r.file, markMatches(r.snippet)]), 70) + '\n' + footer(page));
  return 0;
}

/** Shows the store's match marks as brackets a terminal displays everywhere. */
function markMatches(snippet: string): string {
  return snippet.split(HIGHLIGHT.start).join('[').split(HIGHLIGHT.stop).join(']');
}
