// `concord show ID`: everything known of one person, instrument or story, with every source and quote.
import { UsageError } from '../../core/index.js';
import { StoreError } from '../../core/errors.js';
import { parseCommand } from '../args.js';
import { printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';
import { readInstruments, readPeople } from '../../pipeline/read-entities.js';

export const usage = `concord show ID [--json]
  ID is a person_…, instrument_… or story_… id, as the people, instruments and stories commands print them.`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, {});
  const [id] = positionals;
  if (!id) throw new UsageError(`show needs an ID\n${usage}`);
  const found = await withStore(values, ctx, async (store) => {
    if (id.startsWith('person_')) return (await readPeople(store)).find((person) => person.id === id);
    if (id.startsWith('instrument_')) return (await readInstruments(store)).find((instrument) => instrument.id === id);
    if (id.startsWith('story_')) return (await store.listStories()).find((story) => story.story === id);
    return undefined;
  });
  if (!found) throw new StoreError('not_found', `${id}: nothing with this id`);
  if (values.json) printJsonLines([found], ctx.stdout);
  else ctx.stdout.write(describe(found as unknown as Record<string, unknown>) + '\n');
  return 0;
}

/** Fields one per line; lists of sources one per line with their quote. */
function describe(entity: Record<string, unknown>): string {
  return Object.entries(entity).map(([field, value]) => {
    if (!Array.isArray(value)) return `${field}: ${value ?? ''}`;
    const items = value.map((item) => (typeof item === 'object' && item !== null
      ? Object.entries(item).filter(([, v]) => v !== null && !Array.isArray(v)).map(([k, v]) => `${k}=${v}`).join('  ')
      : String(item)));
    return `${field}:${items.length ? '\n' + items.map((item) => `  - ${item}`).join('\n') : ''}`;
  }).join('\n');
}
