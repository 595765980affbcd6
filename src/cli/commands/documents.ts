// `concord documents`: the stored documents, newest first.
import { parseCommand, parseLimit } from '../args.js';
import { footer, formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord documents [--lang en|ru|az] [--outlet NAME] [--limit N] [--offset N] [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    lang: { type: 'string' }, outlet: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
  });
  const limit = parseLimit(values.limit) ?? (values.json ? undefined : 50);
  const page = await withStore(values, ctx, (store) => store.listDocuments({
    lang: values.lang, outlet: values.outlet, limit, offset: parseLimit(values.offset, '--offset'),
  }));
  if (values.json) printJsonLines(page.items, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'published', 'lang', 'outlet', 'file', 'title'],
    page.items.map((d) => [d.id, d.published, d.lang, d.outlet, d.file, d.title]), 48) + '\n' +
    footer(page));
  return 0;
}
