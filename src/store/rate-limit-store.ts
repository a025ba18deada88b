import { lt, sql } from 'drizzle-orm';
import type { RateLimitRepository } from '../core/repositories';
import type { Database } from './database';
import { rateLimits } from './schema';

/** Ended windows are swept now and then, so the table holds only live keys. */
const SWEEP_EVERY = 500;

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
  };
}
