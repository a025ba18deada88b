import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../app/errors';
import { type Knead, LOCAL_USER_ID } from '../../app/knead';
import type { TokenScope } from '../../core/repositories';
import { UNSAFE_METHODS } from './cross-site-guard';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user (the implicit user in local mode); set by `authenticate`. */
    userId: string | null;
  }
  interface FastifyInstance {
    /** KNEAD_PUBLIC_URL: the origin browsers use (behind a proxy); null means the request's own scheme and Host. */
    publicUrl: URL | null;
  }
}

export const SESSION_COOKIE = 'knead_session';
export const CSRF_COOKIE = 'knead_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Over TLS the cookies carry `__Host-`: Secure, Path=/, no Domain, so a sibling (sub)domain cannot plant them. */
const HOST_PREFIX = '__Host-';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** TLS as the browser sees it: the configured public URL's scheme, else the request's (X-Forwarded-Proto when trusted). */
export function isTls(request: FastifyRequest): boolean {
  const publicUrl = request.server.publicUrl;
  return publicUrl ? publicUrl.protocol === 'https:' : request.protocol === 'https';
}

/** The cookie names for this request: `__Host-` prefixed over TLS, plain on local http://127.0.0.1. */
export function cookieNames(request: FastifyRequest): { session: string; csrf: string } {
  const prefix = isTls(request) ? HOST_PREFIX : '';
  return { session: `${prefix}${SESSION_COOKIE}`, csrf: `${prefix}${CSRF_COOKIE}` };
}

/** The session token from its cookie (over TLS only the `__Host-` one counts). */
export function readSessionCookie(request: FastifyRequest): string | undefined {
  return request.cookies[cookieNames(request).session] || undefined;
}

/**
 * The CSRF token of a session: an HMAC keyed by the (secret, HttpOnly) session token, so it is the same in every
 * process, needs no stored state, and a token taken from one session fails with any other.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('knead csrf v1').digest('base64url');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sets the HttpOnly session cookie and the JS-readable CSRF cookie (its value is bound to the session). */
export function setSessionCookies(request: FastifyRequest, reply: FastifyReply, token: string, expires: Date): string {
  const secure = isTls(request);
  const names = cookieNames(request);
  const csrf = csrfTokenFor(token);
  reply.setCookie(names.session, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
  reply.setCookie(names.csrf, csrf, { httpOnly: false, sameSite: 'lax', secure, path: '/', expires });
  return csrf;
}

export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const secure = isTls(request);
  const names = cookieNames(request);
  reply.clearCookie(names.session, { path: '/', secure, httpOnly: true, sameSite: 'lax' });
  reply.clearCookie(names.csrf, { path: '/', secure, sameSite: 'lax' });
}

/** Resolves the user without failing: local user, bearer token, or session cookie. */
export async function identify(
  knead: Knead,
  request: FastifyRequest,
): Promise<
  | { userId: string; via: 'local' }
  | { userId: string; via: 'bearer'; scopes: TokenScope[] }
  | { userId: string; via: 'cookie'; session: string }
  | null
> {
  if (knead.mode === 'local') return { userId: LOCAL_USER_ID, via: 'local' };
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = await knead.accounts.authenticateToken(header.slice(7).trim());
    return token ? { userId: token.userId, via: 'bearer', scopes: token.scopes } : null;
  }
  const session = readSessionCookie(request);
  if (!session) return null;
  const userId = await knead.accounts.authenticateSession(session);
  return userId ? { userId, via: 'cookie', session } : null;
}

/**
 * onRequest hook for per-user routes (runs before the body is parsed): 401 without credentials; a cookie-authenticated
 * write needs its session's CSRF token in the header; a token needs the `read` scope to read and `journal:write` to
 * write. With `sessionOnly` (account security: password, sessions, two-factor, tokens) a token is refused altogether.
 */
export function authenticate(knead: Knead, options: { sessionOnly?: boolean } = {}) {
  return async (request: FastifyRequest) => {
    const who = await identify(knead, request);
    if (!who) throw unauthenticated();
    if (who.via === 'bearer') {
      if (options.sessionOnly) {
        throw new AppError('session-required', 403, 'API tokens cannot manage the account; sign in in the browser');
      }
      const needed: TokenScope = UNSAFE_METHODS.has(request.method) ? 'journal:write' : 'read';
      if (!who.scopes.includes(needed)) {
        throw new AppError('insufficient-scope', 403, `this token lacks the ${needed} scope`);
      }
    }
    if (who.via === 'cookie' && UNSAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(csrfTokenFor(who.session), header)) {
        throw new AppError(
          'csrf-failed',
          403,
          `send this session's ${CSRF_COOKIE} cookie value in the ${CSRF_HEADER} header`,
        );
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
