import type { FastifyRequest } from 'fastify';
import type { AuthContext, AuthEvent } from '../../app/auth-events';

/** Failures and lockouts are logged at warn (seen with the default KNEAD_LOG_LEVEL); the rest at info. */
const WARN_EVENTS = new Set<AuthEvent['event']>([
  'sign-in-failed',
  'sign-in-locked',
  'lockout',
  'password-change-failed',
]);

/** The request's user agent, and a security log line per authentication event (ids and hashes only). */
export function authContext(request: FastifyRequest): AuthContext {
  const userAgent = request.headers['user-agent'];
  return {
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    audit: (event) => {
      const line = 'userId' in event || !request.userId ? event : { ...event, userId: request.userId };
      if (WARN_EVENTS.has(event.event)) request.log.warn(line, 'auth event');
      else request.log.info(line, 'auth event');
    },
  };
}
