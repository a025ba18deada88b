import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../app/errors';
import { type Knead, LOCAL_USER_ID } from '../../app/knead';
import type { TokenScope } from '../../core/repositories';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user (the implicit user in local mode); set by `authenticate`. */
    userId: string | null;
  }
}

export const SESSION_COOKIE = 'knead_session';
export const CSRF_COOKIE = 'knead_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const isHttps = (request: FastifyRequest) => request.protocol === 'https';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sets the HttpOnly session cookie and the JS-readable CSRF cookie (double submit). */
export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date): string {
  const secure = isHttps(request);
  const csrf = randomBytes(24).toString('base64url');
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
  reply.setCookie(CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'lax', secure, path: '/', expires });
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Resolves the user without failing: local user, bearer token, or session cookie. */
export async function identify(
  knead: Knead,
  request: FastifyRequest,
): Promise<{ userId: string; via: 'local' | 'bearer' | 'cookie'; scopes?: TokenScope[] } | null> {
  if (knead.mode === 'local') return { userId: LOCAL_USER_ID, via: 'local' };
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = await knead.accounts.authenticateToken(header.slice(7).trim());
    return token ? { userId: token.userId, via: 'bearer', scopes: token.scopes } : null;
  }
  const session = request.cookies[SESSION_COOKIE];
  if (!session) return null;
  const userId = await knead.accounts.authenticateSession(session);
  return userId ? { userId, via: 'cookie' } : null;
}

/**
 * onRequest hook for per-user routes (runs before the body is parsed): 401 without credentials; a cookie-authenticated
 * write needs the CSRF header; a token needs the `read` scope to read and `journal:write` to write. With
 * `sessionOnly` (account security: password, sessions, two-factor, tokens) a token is refused altogether.
 */
export function authenticate(knead: Knead, options: { sessionOnly?: boolean } = {}) {
  return async (request: FastifyRequest) => {
    const who = await identify(knead, request);
    if (!who) throw unauthenticated();
    if (who.via === 'bearer') {
      if (options.sessionOnly) {
        throw new AppError('session-required', 403, 'API tokens cannot manage the account; sign in in the browser');
      }
      const needed: TokenScope = UNSAFE.has(request.method) ? 'journal:write' : 'read';
      if (!who.scopes?.includes(needed)) {
        throw new AppError('insufficient-scope', 403, `this token lacks the ${needed} scope`);
      }
    }
    if (who.via === 'cookie' && UNSAFE.has(request.method)) {
      const cookie = request.cookies[CSRF_COOKIE];
      const header = request.headers[CSRF_HEADER];
      if (!cookie || typeof header !== 'string' || !sameSecret(cookie, header)) {
        throw new AppError('csrf-failed', 403, `send the ${CSRF_COOKIE} cookie value in the ${CSRF_HEADER} header`);
      }
    }
    request.userId = who.userId;
  };
}

/** Local mode answers only to loopback host names: a DNS-rebinding page cannot read the journal. */
export function registerLocalHostGuard(app: FastifyInstance, knead: Knead): void {
  if (knead.mode !== 'local') return;
  app.addHook('onRequest', async (request) => {
    if (!LOOPBACK_HOSTS.has(request.hostname)) {
      throw new AppError('forbidden-host', 403, 'local mode only answers requests addressed to 127.0.0.1 or localhost');
    }
  });
}
