import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from './database';

/** How the repositories run their writes: straight on the database, or batched into shared commits. */
export interface WriteQueue {
  /**
   * Runs one write and resolves once its commit is durable. `work` must use only the `db` it is given (inside a
   * batch the connection is held by the batch's transaction).
   */
  write<T>(work: (db: Database) => Promise<T>): Promise<T>;
}

/** PostgreSQL: every write on the pool as it comes; concurrent connections share WAL flushes in PostgreSQL itself. */
export function directWrites(db: Database): WriteQueue {
  return { write: (work) => work(db) };
}

export interface GroupCommitOptions {
  /** Most writes in one transaction, so one batch cannot hold the database for long (default 256). */
  maxBatch?: number | undefined;
  logger?: Logger | false | undefined;
}

interface Job {
  work(db: Database): Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** A write failed in an unguarded batch: the batch is rolled back and run again with savepoints. */
class Failed extends Error {
  constructor(override readonly cause: unknown) {
    super('a write of the batch failed');
  }
}

/**
 * Group commit for PGlite's one connection (docs/decisions/0025): writes that arrive while a batch is in flight
 * wait, then run together in ONE transaction with one COMMIT; a write that fails is rolled back alone (to its own
 * savepoint) and rejects only its caller. `client.transaction` returns only after the WAL is fdatasynced
 * (`syncAfterTransactions`), so no caller hears of its write before it is on disk.
 */
export function createGroupCommit(client: PGlite, options: GroupCommitOptions = {}): WriteQueue {
  const maxBatch = options.maxBatch ?? 256;
  let current: Transaction | null = null;
  const held = () => {
    if (!current) throw new Error('a batched write used its database after the batch ended');
    return current;
  };
  // One drizzle database for every batch, so statements the repositories prepare on it stay valid across batches.
  const batchClient = {
    query: (...args: Parameters<Transaction['query']>) => held().query(...args),
    exec: (...args: Parameters<Transaction['exec']>) => held().exec(...args),
    transaction: () => Promise.reject(new Error('a batched write cannot open its own transaction')),
  };
  const db = drizzle({
    client: batchClient as unknown as PGlite,
    logger: options.logger ?? false,
  }) as unknown as Database;
  let waiting: Job[] = [];
  let scheduled = false;

  /** Runs the batch in one transaction. Unguarded, the first failing write aborts it (signalled by `Failed`). */
  function attempt(batch: Job[], guarded: boolean): Promise<Outcome[]> {
    return client.transaction(async (tx) => {
      current = tx;
      try {
        const outcomes: Outcome[] = [];
        for (const [i, job] of batch.entries()) {
          // One round trip per write: release the last write's savepoint and open this one's.
          if (guarded)
            await tx.exec(i === 0 ? 'savepoint knead_write' : 'release savepoint knead_write; savepoint knead_write');
          try {
            outcomes.push({ ok: true, value: await job.work(db) });
          } catch (error) {
            if (!guarded) throw new Failed(error);
            await tx.exec('rollback to savepoint knead_write');
            outcomes.push({ ok: false, error });
          }
        }
        return outcomes;
      } finally {
        current = null;
      }
    });
  }

  /**
   * Savepoints double what PGlite spends per write, and writes rarely fail: a batch first runs without them, and
   * only when one write fails is it rolled back and run again with a savepoint around each write.
   */
  async function runBatch(batch: Job[]): Promise<Outcome[]> {
    try {
      return await attempt(batch, false);
    } catch (error) {
      if (!(error instanceof Failed)) throw error;
      // Alone in its batch, the failed write was rolled back with its transaction: nothing to run again.
      if (batch.length === 1) return [{ ok: false, error: error.cause }];
      return attempt(batch, true);
    }
  }

  /** Commits the writes waiting now (up to maxBatch) as one batch, then schedules the next batch if more came. */
  async function commitWaiting(): Promise<void> {
    const batch = waiting.slice(0, maxBatch);
    waiting = waiting.slice(batch.length);
    try {
      const outcomes = await runBatch(batch);
      batch.forEach((job, i) => {
        const outcome = outcomes[i] as Outcome;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    } catch (error) {
      // The COMMIT or the WAL flush failed: no write of this batch is known to be durable.
      for (const job of batch) job.reject(error);
    }
    scheduled = false;
    if (waiting.length > 0) schedule();
  }

  /**
   * A batch starts on the event loop's check phase, not on a microtask: PGlite and the fdatasync run without
   * yielding to I/O, so every request read in the same poll phase (the ones that piled up while the last batch
   * held the loop) has reached `write` by then and joins the batch.
   */
  function schedule(): void {
    scheduled = true;
    setImmediate(() => void commitWaiting());
  }

  return {
    write<T>(work: (db: Database) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) schedule();
      });
    },
  };
}
