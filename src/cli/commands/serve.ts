// `concord serve`: one process owns the store and serves the HTTP API and the web app until stopped.
import { UsageError } from '../../core/index.js';
import { listen } from '../../api/listen.js';
import { createSite } from '../../../web/site.js';
import { parseCommand } from '../args.js';
import { resolveConfig } from '../config.js';
import { withStore, type CommandContext } from '../main.js';

export const usage = `concord serve [--port N] [--host 127.0.0.1] [--require-token] [--data DIR]
  --require-token   reading needs a token too (writes always do); also CONCORD_REQUIRE_TOKEN=1.
                    In the web app people sign in at /signin by pasting a token (concord token create);
                    it is kept in an HttpOnly cookie until they sign out (or for 12 hours)`;

export async function run(argv: string[], ctx: CommandContext): Promise<number> {
  const { values } = parseCommand(argv, {
    port: { type: 'string' }, host: { type: 'string' }, 'require-token': { type: 'boolean' },
  });
  const port = Number(values.port ?? 4180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, not "${values.port}"`);
  const config = resolveConfig(values, ctx.env);
  const requireTokenForReads = values['require-token'] ?? ctx.env.CONCORD_REQUIRE_TOKEN === '1';
  await withStore(values, ctx, async (store) => {
    const site = createSite({ store, dataDir: config.dataDir, requireTokenForReads, debug: config.debug });
    const server = await listen(site.fetch, port, values.host ?? '127.0.0.1');
    ctx.stdout.write(`Concord is serving ${server.url} (API under ${server.url}/api, ${server.url}/openapi.json); Ctrl-C stops it\n`);
    await stopSignal();
    await server.close();
  });
  return 0;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
