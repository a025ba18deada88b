import {
  InvalidCursorError,
  MissingReferenceError,
  type Page,
  type RangeQuery,
  type RecordRepository,
  UnstorableValueError,
} from '../core/journal-repository';
import { isSameRecord } from '../core/same-record';
import { AppError, notFound } from './errors';

/** The five operations of one journal resource, with the API's error semantics. */
export interface ResourceUseCases<TInput, TRecord> {
  list(userId: string, query: RangeQuery): Promise<Page<TRecord>>;
  get(userId: string, id: string): Promise<TRecord>;
  /** `created` is false when the same user retried the same record (idempotent); other content under that id is 409. */
  create(userId: string, input: TInput): Promise<{ created: boolean; record: TRecord }>;
  update(userId: string, id: string, input: TInput): Promise<TRecord>;
  remove(userId: string, id: string): Promise<void>;
}

/** Turns the store's "cannot store this value" into a 400 the client can act on. */
export function rethrowAsClientError(error: unknown): never {
  if (error instanceof MissingReferenceError) {
    // The same answer for another user's episode and for none at all: no way to probe for ids.
    throw new AppError('validation-failed', 400, 'the session names an episode you do not have', [
      {
        path: error.path,
        message: 'no episode of yours has this id; create the episode first, or leave episodeId out',
      },
    ]);
  }
  if (error instanceof UnstorableValueError) {
    throw new AppError(
      'unstorable-value',
      400,
      `${error.message}; use real calendar dates (year 0001 or later) and text without NUL characters`,
    );
  }
  throw error;
}

/** Wraps a repository so every outcome is a value or an AppError (404 never reveals another user's row). */
export function createResourceUseCases<TInput extends { id: string }, TRecord>(
  repository: RecordRepository<TInput, TRecord>,
  noun: string,
): ResourceUseCases<TInput, TRecord> {
  return {
    async list(userId, query) {
      try {
        return await repository.list(userId, query);
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw new AppError('invalid-cursor', 400, error.message, [{ path: 'cursor', message: error.message }]);
        }
        return rethrowAsClientError(error);
      }
    },
    async get(userId, id) {
      const record = await repository.get(userId, id).catch(rethrowAsClientError);
      if (!record) throw notFound(noun);
      return record;
    },
    async create(userId, input) {
      const result = await repository.create(userId, input).catch(rethrowAsClientError);
      if (result.status === 'exists' && !isSameRecord(input, result.record)) {
        throw new AppError(
          'record-differs',
          409,
          `a ${noun} with this id is already stored with other content; the stored ${noun} was kept (GET it, or PUT to replace it)`,
          [{ path: 'id', message: 'already stored with other content; the stored record was kept' }],
        );
      }
      return { created: result.status === 'created', record: result.record };
    },
    async update(userId, id, input) {
      if (input.id !== id) {
        throw new AppError('id-mismatch', 400, 'the body id must equal the id in the URL', [
          { path: 'id', message: `must equal ${id}` },
        ]);
      }
      const record = await repository.update(userId, input).catch(rethrowAsClientError);
      if (!record) throw notFound(noun);
      return record;
    },
    async remove(userId, id) {
      if (!(await repository.remove(userId, id))) throw notFound(noun);
    },
  };
}
