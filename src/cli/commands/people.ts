// `concord people`: people resolved across spellings and languages, with their roles over time and sources.
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readPeople } from '../../pipeline/read-entities.js';

export const usage = `concord people [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {});
  const people = await withStore(values, ctx, readPeople);
  if (values.json) printJsonLines(people, ctx.stdout);
  else ctx.stdout.write(formatTable(['id', 'name', 'also written', 'countries', 'latest role', 'sources'], people.map((p) => [
    p.id, p.name, p.aliases.join('; '), p.countries.join(' '),
    p.roles.at(-1) ? `${p.roles.at(-1)!.role} (${p.roles.at(-1)!.date ?? 'undated'})` : '', p.sources.length,
  ]), 40) + `\n${people.length} people\n`);
  return 0;
}
