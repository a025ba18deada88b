import { createHash } from 'node:crypto';
import type { BackoffPolicy, RateLimitRepository } from '../core/repositories';
import type { AuthContext } from './auth-events';
import { AppError } from './errors';

/** After 5 wrong passwords: 1 s, doubling with each further one, at most 15 minutes; a success resets it. */
export const SIGN_IN_BACKOFF: BackoffPolicy = { freeFailures: 5, baseMs: 1000, maxMs: 15 * 60_000 };

/** A short, stable hash of the lower-cased email: the failure key and the log's account reference. */
export function hashEmail(email: string): string {
  return createHash('sha256').update(`knead-email:${email.trim().toLowerCase()}`).digest('hex').slice(0, 32);
}

function inWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function accountLocked(seconds: number): AppError {
  const error = new AppError(
    'account-locked',
    429,
    `Too many wrong passwords for this account; try again in ${inWords(seconds)}`,
  );
  error.retryAfter = seconds;
  return error;
}

/**
 * Per-account backoff counted in the database (every API process shares it). It is keyed by the email's hash
 * whether or not an account has it, so the answers never tell which emails exist.
 */
export function createSignInGuard(
  store: RateLimitRepository,
  now: () => Date,
  policy: BackoffPolicy = SIGN_IN_BACKOFF,
) {
  const key = (email: string) => `signin-account:${hashEmail(email)}`;
  return {
    /** Throws 429 while the account is locked: before any password hash is computed. */
    async refuseIfLocked(email: string, ctx: AuthContext): Promise<void> {
      const at = now();
      const until = await store.lockedUntil(key(email), at);
      if (!until) return;
      ctx.audit?.({ event: 'sign-in-locked', emailHash: hashEmail(email) });
      throw accountLocked(Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 1000)));
    },
    async recordFailure(email: string, ctx: AuthContext, reason: 'password' | 'two-factor'): Promise<void> {
      const { failures, lockedUntil } = await store.recordFailure(key(email), now(), policy);
      ctx.audit?.({ event: 'sign-in-failed', emailHash: hashEmail(email), reason, failures });
      if (lockedUntil) {
        ctx.audit?.({ event: 'lockout', emailHash: hashEmail(email), until: lockedUntil.toISOString() });
      }
    },
    clear: (email: string) => store.clearFailures(key(email)),
  };
}
export type SignInGuard = ReturnType<typeof createSignInGuard>;
