// `concord conflicts`: figures on which stored sources disagree beyond rounding, each value with its sources.
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readFigures } from '../../pipeline/read-figures.js';
import { describeFigure, formatPeriod, formatValue } from '../present/figures.js';

export const usage = `concord conflicts [--indicator NAME] [--json]`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, { indicator: { type: 'string' } });
  const figures = await withStore(values, ctx, (store) => readFigures(store, values.indicator));
  const conflicts = figures.filter((figure) => figure.conflict !== null);
  if (values.json) {
    printJsonLines(conflicts, ctx.stdout);
    return 0;
  }
  const rows = conflicts.flatMap((figure) => figure.values.flatMap((value, i) => value.sources.map((source, j) => [
    i === 0 && j === 0 ? `${describeFigure(figure)} ${formatPeriod(figure)}` : '',
    j === 0 ? `${formatValue(value.value, figure.unit)} (${value.corroboration})` : '',
    source.file, source.quote,
  ])));
  ctx.stdout.write(formatTable(['figure', 'value (stories)', 'source', 'quote'], rows, 60) + '\n');
  for (const figure of conflicts) ctx.stdout.write(`${describeFigure(figure)} ${formatPeriod(figure)}: ${figure.conflict!.text}\n`);
  ctx.stdout.write(`${conflicts.length} ${conflicts.length === 1 ? 'conflict' : 'conflicts'} among ${figures.length} figures\n`);
  return 0;
}
