import { MissingReferenceError, UnstorableValueError } from '../core/journal-repository';

/** PostgreSQL's SQLSTATE of the first error in the cause chain (drizzle wraps driver errors). */
function sqlState(error: unknown): { code: string; message: string } | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, message: String((current as { message?: unknown }).message ?? '') };
    }
    current = (current as { cause?: unknown }).cause;
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
