import { UnstorableValueError } from '../core/journal-repository';

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
  return state?.code.startsWith('22') ? new UnstorableValueError(state.message) : error;
}

/** Wraps every async method of a repository so data exceptions surface as UnstorableValueError. */
export function withDataErrors<T extends object>(repository: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(repository)) {
    wrapped[key] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => Promise<unknown>).apply(repository, args);
            } catch (error) {
              throw translateDataError(error);
            }
          }
        : value;
  }
  return wrapped as T;
}
