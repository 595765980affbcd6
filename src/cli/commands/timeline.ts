// `concord timeline`: events and instruments in date order with their sources, plans apart from happenings.
import { UsageError } from '../../core/index.js';
import { EVENT_TYPES } from '../../core/facts.js';
import { parseCommand, parseIsoDay } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readTimeline, type TimelineFilter } from '../../pipeline/read-timeline.js';

const TYPES = [...EVENT_TYPES, 'instrument'] as const;

export const usage = `concord timeline [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type ${TYPES.join('|')}] [--pair RU-AZ] [--json]
  Planned entries are marked; one that has happened points at the entry it became.`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    from: { type: 'string' }, to: { type: 'string' }, type: { type: 'string' }, pair: { type: 'string' },
  });
  const type = values.type as TimelineFilter['type'] | undefined;
  if (type !== undefined && !TYPES.includes(type)) throw new UsageError(`--type takes one of ${TYPES.join(', ')}, not "${type}"`);
  if (values.pair !== undefined && !/^[A-Z]{2}[-–][A-Z]{2}$/i.test(values.pair)) {
    throw new UsageError(`--pair takes two country codes as RU-AZ, not "${values.pair}"`);
  }
  const filter: TimelineFilter = {
    from: parseIsoDay(values.from, '--from'), to: parseIsoDay(values.to, '--to'), type, pair: values.pair,
  };
  const entries = await withStore(values, ctx, (store) => readTimeline(store, filter));
  if (values.json) {
    printJsonLines(entries, ctx.stdout);
    return 0;
  }
  ctx.stdout.write(formatTable(['date', 'type', 'title', 'place', 'status', 'stories', 'sources', 'id'], entries.map((entry) => [
    entry.date ?? 'undated', entry.instrumentType ?? entry.type, entry.title, entry.place,
    entry.status === 'planned' ? (entry.fulfilledBy ? 'planned, held' : 'planned') : '',
    entry.stories, entry.sources.map((source) => source.file).join(' '), entry.id,
  ]), 50) + `\n${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}\n`);
  return 0;
}
