// `concord config`: the settings in force and where each came from.
import { describeConfig } from '../config.js';
import { parseCommand } from '../args.js';
import { formatTable } from '../output.js';
import type { CommandContext } from '../main.js';

export const usage = `concord config [--data DIR] [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {});
  const described = describeConfig(values, ctx.env);
  if (values.json) ctx.stdout.write(JSON.stringify(Object.fromEntries(
    Object.entries(described).map(([k, v]) => [k, v.value]))) + '\n');
  else ctx.stdout.write(formatTable(['setting', 'value', 'from'],
    Object.entries(described).map(([k, v]) => [k, v.value, v.from]), 80) + '\n');
  return 0;
}
