// `concord facts`: stored facts with their quotes, filtered by kind, indicator, period, party or document.
import { UsageError } from '../../core/index.js';
import { parseCommand, parseLimit } from '../args.js';
import type { FactRow } from '../../store/index.js';
import { footer, formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord facts [--kind measurement|instrument|event|person] [--indicator NAME] [--period 2021|2021-01-01..2021-06-30]
              [--party AZ] [--document ID|FILE] [--limit N] [--offset N] [--json]`;

const KINDS = ['measurement', 'instrument', 'event', 'person'] as const;
type Kind = (typeof KINDS)[number];

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    kind: { type: 'string' }, indicator: { type: 'string' }, period: { type: 'string' }, party: { type: 'string' },
    document: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' },
  });
  const kind = values.kind?.replace(/s$/, '') as Kind | undefined;
  if (kind && !KINDS.includes(kind)) throw new UsageError(`--kind is one of ${KINDS.join(', ')}, not "${values.kind}"`);
  if (values.period && !/^\d{4}(-\d{2}(-\d{2})?)?(\.\.\d{4}(-\d{2}(-\d{2})?)?)?$/.test(values.period)) {
    throw new UsageError(`--period takes a year (2021), a month (2021-06) or a range (2021-01-01..2021-06-30), not "${values.period}"`);
  }
  const limit = parseLimit(values.limit) ?? (values.json ? undefined : 100);
  const page = await withStore(values, ctx, (store) => store.listFacts({
    kind, indicator: values.indicator, period: values.period, party: values.party?.toUpperCase(),
    document: values.document, limit, offset: parseLimit(values.offset, '--offset'),
  }));
  if (values.json) printJsonLines(page.items, ctx.stdout);
  else ctx.stdout.write(formatTable(['kind', 'fact', 'document', 'quote'],
    page.items.map((r) => [r.kind, describeFact(r), r.file, r.quote]), 56) + '\n' + footer(page));
  return 0;
}

function describeFact(row: FactRow): string {
  switch (row.kind) {
    case 'measurement': {
      const f = row.fact;
      const period = f.period ? ` ${f.period.start ?? '…'}..${f.period.end ?? '…'}` : '';
      return `${f.indicator} ${Number(f.value).toLocaleString('en')} ${f.unit}${period}`;
    }
    case 'instrument': return `${row.fact.type}: ${row.fact.title}${row.fact.signed_on ? ` (${row.fact.signed_on})` : ''}`;
    case 'event': return `${row.fact.type}: ${row.fact.title}${row.fact.date ? ` (${row.fact.date})` : ''}`;
    case 'person': return `${row.fact.name}${row.fact.role ? `, ${row.fact.role}` : ''}${row.fact.country ? ` (${row.fact.country})` : ''}`;
  }
}
