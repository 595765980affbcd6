// Authentication and authorisation as middleware: a Bearer token names the caller and its role; a bad token
// is refused, logged and counted, and an address with too many failures is told to wait.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../store/tokens.js';
import { ApiError } from './errors.js';
import type { ApiEnv } from './env.js';
import { FailureLimiter } from './rate-limit.js';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Sets `ip` and `caller`; refuses (401) a token that is malformed, unknown or revoked. */
export function authenticate(limiter: FailureLimiter): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const ip = clientAddress(c);
    c.set('ip', ip);
    c.set('caller', null);
    const header = c.req.header('authorization');
    if (header !== undefined) {
      if (limiter.blocked(ip)) {
        c.header('Retry-After', String(limiter.retryAfter(ip)));
        throw new ApiError(429, 'rate_limited', 'too many failed authentications from this address; try again later');
      }
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const caller = token ? await c.var.store.access.verifyToken(token) : null;
      if (!caller) {
        limiter.note(ip);
        await c.var.store.access.recordAudit({
          tokenId: null, actor: 'anonymous', action: 'auth.failed', target: `${c.req.method} ${c.req.path}`, ip,
          details: { reason: token ? 'unknown or revoked token' : 'not a Bearer token' },
        });
        throw new ApiError(401, 'unauthorized', 'the token is not valid (expected "Authorization: Bearer <token>")');
      }
      c.set('caller', caller);
    }
    await next();
  };
}

/** Lets the request through only for a caller of at least this role. */
export function requireRole(role: Role): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const caller = c.var.caller;
    if (!caller) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new ApiError(401, 'unauthorized', 'this needs a token: send "Authorization: Bearer <token>"');
    }
    if (RANK[caller.role] < RANK[role]) {
      throw new ApiError(403, 'forbidden', `this needs the ${role} role; token "${caller.name}" is ${caller.role}`,
        { required: role, role: caller.role });
    }
    await next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests) have no socket.
    return 'local';
  }
}
