import type { z } from 'zod';
import { type AnySchema, type ProblemWords, parseInput } from '../core/validation/describe-issues';

export interface FieldError {
  path: string;
  message: string;
  /** The message as catalog words, for a reader in another language; never sent (buildProblem drops it). */
  words?: ProblemWords;
}

/** The one unexpected-outcome error: a stable code, an HTTP status, and the failing fields when known. */
export class AppError extends Error {
  /** Seconds for a `Retry-After` header (429 lockouts, 503 database outages); the error handler sends it. */
  retryAfter?: number;
  /** The message as catalog words when it is not simply its code's (`problems.detail.<code>`). */
  words?: ProblemWords;
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not-found', 404, `${what} not found`);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'sign in or send a bearer token');

/** How long a client should wait before retrying while the database is unreachable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached (store/data-errors isDatabaseUnavailable): 503 with a `Retry-After`. */
export function databaseUnavailable(): AppError {
  const error = new AppError('database-unavailable', 503, 'the database is not reachable; try again soon');
  error.retryAfter = DATABASE_RETRY_AFTER_SECONDS;
  return error;
}

/** Parses at a boundary (CLI, import); invalid input becomes a 400 naming each field and what is allowed. */
export function parseOrThrow<S extends AnySchema>(schema: S, input: unknown, what = 'input'): z.core.output<S> {
  const parsed = parseInput(schema, input);
  if (parsed.success) return parsed.data;
  throw new AppError('validation-failed', 400, `invalid ${what}`, parsed.problems.map(fieldError));
}

/** A problem as a field error (path, message and, for other languages, its words). */
export function fieldError({
  path,
  message,
  words,
}: {
  path: string;
  message: string;
  words?: ProblemWords;
}): FieldError {
  return words ? { path, message, words } : { path, message };
}
