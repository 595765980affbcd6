// `concord stories`: documents grouped into stories (copies, rewrites, translations of one report).
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord stories [--all] [--json]
  Stories told by more than one document; --all lists single-document stories too.`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, { all: { type: 'boolean' } });
  const stories = await withStore(values, ctx, (store) => store.listStories({ copiesOnly: !values.all }));
  if (values.json) {
    printJsonLines(stories.map((s) => ({ ...s, documents: s.documents.map((d) => d.id), copies: s.documents })), ctx.stdout);
    return 0;
  }
  const rows = stories.flatMap((s) => s.documents.map((d, i) => [
    i === 0 ? s.story : '', i === 0 ? 'canonical' : d.similarity.toFixed(2), d.published, d.outlet, d.file,
  ]));
  ctx.stdout.write(formatTable(['story', 'match', 'published', 'outlet', 'file'], rows, 56) + '\n' +
    `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}\n`);
  return 0;
}
