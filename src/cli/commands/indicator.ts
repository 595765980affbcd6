// `concord indicator NAME --pair RU-AZ`: one indicator's figures over time for a pair, with sources and conflicts.
import { INDICATORS, UsageError } from '../../core/index.js';
import { indicatorSeries } from '../../knowledge/figures/index.js';
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readFigures } from '../../pipeline/read-figures.js';
import { formatPeriod, formatValue } from '../present/figures.js';

export const usage = `concord indicator NAME --pair RU-AZ [--json]
  NAME is one of ${INDICATORS.join(', ')}`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, { pair: { type: 'string' } });
  const [name] = positionals;
  if (!name || !(INDICATORS as readonly string[]).includes(name)) throw new UsageError(`indicator needs a NAME\n${usage}`);
  if (!values.pair || !/^[A-Za-z]{2}[-–][A-Za-z]{2}$/.test(values.pair)) throw new UsageError(`--pair takes two country codes, e.g. RU-AZ\n${usage}`);
  const figures = await withStore(values, ctx, (store) => readFigures(store, name));
  const series = indicatorSeries(figures, name, values.pair);
  if (values.json) {
    printJsonLines(series, ctx.stdout);
    return 0;
  }
  ctx.stdout.write(formatTable(['period', 'flow', 'value', 'stories', 'sources', 'conflict'], series.map((figure) => [
    formatPeriod(figure),
    figure.from && figure.to ? `${figure.from}→${figure.to}` : '',
    `${figure.qualifier === 'exact' ? '' : `${figure.qualifier} `}${formatValue(figure.value, figure.unit)}`,
    figure.corroboration,
    figure.sources.map((source) => source.file).join(', '),
    figure.conflict ? `${figure.values.slice(1).map((v) => formatValue(v.value, figure.unit)).join(', ')}: ${figure.conflict.text}` : '',
  ]), 60) + '\n' + `${series.length} figures\n`);
  return 0;
}
