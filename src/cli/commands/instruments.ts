// `concord instruments`: plans, agreements and other documents resolved across title variants, with sources.
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readInstruments } from '../../pipeline/read-entities.js';

export const usage = `concord instruments [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {});
  const instruments = await withStore(values, ctx, readInstruments);
  if (values.json) printJsonLines(instruments, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'type', 'title', 'parties', 'signed', 'variants', 'sources'], instruments.map((i) => [
    i.id, i.type, i.title, i.parties.join(' '), i.signedOn, i.aliases.length, i.sources.length,
  ]), 50) + `\n${instruments.length} instruments\n`);
  return 0;
}
