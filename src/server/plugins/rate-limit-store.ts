import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Knead } from '../../app/knead';

interface StoreParams {
  /** The route a child store limits (set by @fastify/rate-limit for per-route limits). */
  routeInfo?: { method?: string | string[]; url?: string };
}
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * A @fastify/rate-limit store on Knead's database instead of process memory: API processes keep no state of
 * their own, so N processes behind a load balancer still allow 10 sign-ins a minute, not 10 × N. Each route
 * counts apart (its method and path prefix the key, which is the client address).
 */
export function databaseRateLimitStore(knead: Knead): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore {
    readonly #scope: string;

    constructor(params: StoreParams = {}) {
      const route = params.routeInfo;
      this.#scope = route?.url ? `${[route.method ?? ''].flat().join(',')} ${route.url}` : 'global';
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      knead.hitRateLimit(`${this.#scope}|${key}`, timeWindow).then(
        (hit) => callback(null, { current: hit.count, ttl: Math.max(0, hit.resetAt.getTime() - Date.now()) }),
        (error: Error) => callback(error),
      );
    }

    child(params: StoreParams): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore(params);
    }
  }
  return DatabaseRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
