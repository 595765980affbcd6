// `concord token`: create (printed once), list and revoke the tokens the HTTP API accepts.
import { UsageError } from '../../core/index.js';
import { ROLES, type Role } from '../../store/tokens.js';
import { parseCommand } from '../args.js';
import { formatTable, printJsonLines } from '../output.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord token create --name NAME --role viewer|editor|admin
concord token list [--json]
concord token revoke ID`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, { name: { type: 'string' }, role: { type: 'string' } });
  const [action, id] = positionals;
  if (action === 'create') {
    const role = (values.role ?? 'viewer') as Role;
    if (!values.name) throw new UsageError(`token create needs --name\n${usage}`);
    if (!ROLES.includes(role)) throw new UsageError(`--role is one of ${ROLES.join(', ')}, not "${values.role}"`);
    const { token, record } = await withStore(values, ctx, (store) => store.access.createToken(values.name!, role));
    if (values.json) printJsonLines([{ ...record, token }], ctx.stdout);
    else ctx.stdout.write(`${token}\nToken ${record.id} (${record.name}, ${record.role}): keep it now, it is not shown again.\n`);
    return 0;
  }
  if (action === 'list') {
    const tokens = await withStore(values, ctx, (store) => store.access.listTokens());
    if (values.json) printJsonLines(tokens, ctx.stdout);
    else ctx.stdout.write(formatTable(['id', 'name', 'role', 'created', 'last used', 'revoked'],
      tokens.map((t) => [t.id, t.name, t.role, t.createdAt, t.lastUsedAt, t.revokedAt])) + '\n');
    return 0;
  }
  if (action === 'revoke' && id) {
    const revoked = await withStore(values, ctx, (store) => store.access.revokeToken(id));
    if (!revoked) {
      ctx.stderr.write(`concord: no live token with id "${id}" (token/not_found)\n`);
      return 1;
    }
    ctx.stdout.write(`Token ${id} revoked.\n`);
    return 0;
  }
  throw new UsageError(usage);
}
