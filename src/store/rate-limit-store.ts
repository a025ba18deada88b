import { eq, lt, sql } from 'drizzle-orm';
import { backoffMs, type RateLimitRepository } from '../core/repositories';
import type { Database } from './database';
import { rateLimits, signInFailures } from './schema';

/** Ended windows are swept now and then, so the table holds only live keys. */
const SWEEP_EVERY = 500;
/** A day without a wrong password forgets the earlier ones. */
const FAILURES_FORGOTTEN_MS = 86_400_000;

/** One upsert per hit: atomic, so concurrent processes never lose a count. */
export function createRateLimitStore(db: Database): RateLimitRepository {
  let hits = 0;
  return {
    async hit(key, windowMs, now) {
      const resetAt = new Date(now.getTime() + windowMs);
      const [row] = await db
        .insert(rateLimits)
        .values({ key, count: 1, resetAt })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${rateLimits.resetAt} <= ${now} then 1 else ${rateLimits.count} + 1 end`,
            resetAt: sql`case when ${rateLimits.resetAt} <= ${now} then ${resetAt} else ${rateLimits.resetAt} end`,
          },
        })
        .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt });
      if (!row) throw new Error('rate limit upsert returned no row');
      hits += 1;
      if (hits % SWEEP_EVERY === 0) await db.delete(rateLimits).where(lt(rateLimits.resetAt, now));
      return { count: row.count, resetAt: row.resetAt };
    },
    async lockedUntil(key, now) {
      const [row] = await db
        .select({ lockedUntil: signInFailures.lockedUntil })
        .from(signInFailures)
        .where(eq(signInFailures.key, key));
      return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
    },
    async recordFailure(key, now, policy) {
      const forgotten = new Date(now.getTime() - FAILURES_FORGOTTEN_MS);
      const [row] = await db
        .insert(signInFailures)
        .values({ key, failures: 1, updatedAt: now })
        .onConflictDoUpdate({
          target: signInFailures.key,
          set: {
            failures: sql`case when ${signInFailures.updatedAt} < ${forgotten} then 1 else ${signInFailures.failures} + 1 end`,
            updatedAt: now,
          },
        })
        .returning({ failures: signInFailures.failures });
      if (!row) throw new Error('sign-in failure upsert returned no row');
      const lockMs = backoffMs(row.failures, policy);
      if (lockMs === 0) return { failures: row.failures, lockedUntil: null };
      const lock = new Date(now.getTime() + lockMs);
      // Concurrent failures each compute a lock; the longest one stands.
      const [locked] = await db
        .update(signInFailures)
        .set({ lockedUntil: sql`greatest(coalesce(${signInFailures.lockedUntil}, ${lock}), ${lock})` })
        .where(eq(signInFailures.key, key))
        .returning({ lockedUntil: signInFailures.lockedUntil });
      return { failures: row.failures, lockedUntil: locked?.lockedUntil ?? lock };
    },
    async clearFailures(key) {
      await db.delete(signInFailures).where(eq(signInFailures.key, key));
    },
  };
}
