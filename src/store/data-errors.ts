import { MissingReferenceError, UnstorableValueError } from '../core/journal-repository';

/** PostgreSQL's SQLSTATE of the first error in the cause chain (drizzle wraps driver errors). */
function sqlState(error: unknown): { code: string; message: string } | null {
  for (const link of causeChain(error)) {
    const { code, message } = link as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, message: String(message ?? '') };
  }
  return null;
}

/** Class 22 "data exception" (out-of-range dates, NUL bytes, bad escapes) is the client's value, not our fault. */
export function translateDataError(error: unknown): unknown {
  const state = sqlState(error);
  // A session's (user_id, episode_id) must name the user's own episode (drizzle/0002).
  if (state?.code === '23503' && state.message.includes('massage_sessions_episode_fk')) {
    return new MissingReferenceError('episodeId');
  }
  return state?.code.startsWith('22') ? new UnstorableValueError(state.message) : error;
}

/** Passes an async iterable's items through, translating what its iteration throws. */
async function* translateIteration<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (error) {
    throw translateDataError(error);
  }
}

/** Wraps every async method (and async iterator) of a repository so data exceptions surface as UnstorableValueError. */
export function withDataErrors<T extends object>(repository: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(repository)) {
    wrapped[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            try {
              const result = (value as (...a: unknown[]) => unknown).apply(repository, args);
              if (result instanceof Promise) return result.catch((error) => Promise.reject(translateDataError(error)));
              const iterable = result as AsyncIterable<unknown> | null;
              if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') return translateIteration(iterable);
              return result;
            } catch (error) {
              return Promise.reject(translateDataError(error));
            }
          }
        : value;
  }
  return wrapped as T;
}

/** Errors in the cause chain, outermost first (drizzle wraps the driver's error as `cause`). */
export function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && !chain.includes(current) && chain.length < 8) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'KNEAD_NO_WRITABLE_HOST',
]);
/** Class 08 connection exception; 57P01–57P05 shut down, cannot connect now, dropped; 53300 too many connections;
 * 25006 a write reached a node that was demoted (failover). */
const UNAVAILABLE_STATE = /^(08[0-9A-Z]{3}|57P0[1-5]|53300|25006)$/;
/** pg-pool and PGlite say these without a code. */
const UNAVAILABLE_MESSAGE =
  /^(PGlite is clos(ed|ing)|timeout exceeded when trying to connect|Connection terminated|Cannot use a pool after calling end|Client has encountered a connection error)/;

/** True when the database cannot be reached (outage, restart, pool exhausted, closed): retry later, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causeChain(error).some((link) => {
    const { code, message } = link as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
    return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
  });
}
