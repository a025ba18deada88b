import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database } from './database';

/**
 * A write that can also run together with others of its `kind` as ONE statement (a multi-row insert): `runAll`
 * gets their `arg`s in order and answers each one's result, as if each had run its own `work` in that order.
 */
export interface Mergeable<A, T> {
  kind: string;
  arg: A;
  runAll(db: Database, args: A[]): Promise<T[]>;
}

/** How the repositories run their writes: straight on the database, or batched into shared commits. */
export interface WriteQueue {
  /**
   * Runs one write and resolves once its commit is durable. `work` must use only the `db` it is given (inside a
   * batch the connection is held by the batch's transaction).
   */
  write<T, A>(work: (db: Database) => Promise<T>, merge?: Mergeable<A, T>): Promise<T>;
}

/** Every write on the database as it comes (the memory-free default of the repositories). */
export function directWrites(db: Database): WriteQueue {
  return { write: (work) => work(db) };
}

/**
 * PostgreSQL (decision 0037): writes run on the pool as they come, concurrent connections sharing WAL flushes in
 * PostgreSQL itself, except the mergeable ones (creates) that arrive in one turn of the event loop: those of one
 * kind become ONE auto-committed multi-row insert, so one round trip, one statement trigger and one commit instead
 * of one each. Batches do not wait for one another. If a merged statement fails, each of its writes runs alone, so
 * a bad write fails only its caller.
 */
export function mergedWrites(db: Database, maxBatch = 256): WriteQueue {
  let waiting: Job[] = [];
  const runAlone = (job: Job) => job.work(db).then(job.resolve, job.reject);
  async function runMerged(run: Job[]): Promise<void> {
    const [first] = run as [Job];
    let values: unknown[];
    try {
      values = await (first.merge as Mergeable<unknown, unknown>).runAll(
        db,
        run.map((job) => job.merge?.arg),
      );
    } catch {
      await Promise.all(run.map(runAlone));
      return;
    }
    for (const [i, job] of run.entries()) job.resolve(values[i]);
  }
  function flush(): void {
    const kinds = new Map<string, Job[]>();
    for (const job of waiting) {
      const kind = job.merge?.kind as string;
      kinds.set(kind, [...(kinds.get(kind) ?? []), job]);
    }
    waiting = [];
    for (const jobs of kinds.values()) {
      for (let i = 0; i < jobs.length; i += maxBatch) {
        const run = jobs.slice(i, i + maxBatch);
        void (run.length === 1 ? runAlone(run[0] as Job) : runMerged(run));
      }
    }
  }
  return {
    write<T, A>(work: (db: Database) => Promise<T>, merge?: Mergeable<A, T>): Promise<T> {
      if (!merge) return work(db);
      return new Promise<T>((resolve, reject) => {
        const job = { work, merge: merge as Mergeable<unknown, unknown> };
        waiting.push({ ...job, resolve: resolve as (value: unknown) => void, reject });
        // Like the group commit, on the check phase: every request read in this turn's poll phase has joined.
        if (waiting.length === 1) setImmediate(flush);
      });
    },
  };
}

export interface GroupCommitOptions {
  /** Most writes in one transaction, so one batch cannot hold the database for long (default 256). */
  maxBatch?: number | undefined;
  logger?: Logger | false | undefined;
}

interface Job {
  work(db: Database): Promise<unknown>;
  merge: Mergeable<unknown, unknown> | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The batch cut into runs: consecutive mergeable jobs of one kind together, every other job alone. */
function runsOf(batch: Job[]): Job[][] {
  const runs: Job[][] = [];
  for (const job of batch) {
    const last = runs.at(-1);
    const kind = job.merge?.kind;
    if (last && kind !== undefined && last[0]?.merge?.kind === kind) last.push(job);
    else runs.push([job]);
  }
  return runs;
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

  /**
   * Runs the batch in one transaction. Unguarded, consecutive mergeable writes run as one statement and the first
   * failure aborts the whole batch (signalled by `Failed`); guarded, each write runs alone in its own savepoint.
   */
  function attempt(batch: Job[], guarded: boolean): Promise<Outcome[]> {
    return client.transaction(async (tx) => {
      current = tx;
      try {
        if (!guarded) return await runUnguarded(batch);
        const outcomes: Outcome[] = [];
        for (const [i, job] of batch.entries()) {
          // One round trip per write: release the last write's savepoint and open this one's.
          await tx.exec(i === 0 ? 'savepoint knead_write' : 'release savepoint knead_write; savepoint knead_write');
          try {
            outcomes.push({ ok: true, value: await job.work(db) });
          } catch (error) {
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

  async function runUnguarded(batch: Job[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const run of runsOf(batch)) {
      const [first] = run as [Job];
      try {
        if (run.length === 1 || !first.merge) outcomes.push({ ok: true, value: await first.work(db) });
        else {
          const values = await first.merge.runAll(
            db,
            run.map((job) => job.merge?.arg),
          );
          for (const value of values) outcomes.push({ ok: true, value });
        }
      } catch (error) {
        throw new Failed(error);
      }
    }
    return outcomes;
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
      // Alone in its batch, the failed write was rolled back with its transaction (it ran its own work, unmerged).
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
   * A batch starts on the event loop's check phase, not on a microtask: PGlite's statements run without
   * yielding to I/O, so on a microtask each batch would be one write; by the check phase every request read in
   * the poll phase before it (the ones that piled up while the last batch ran) has reached `write` and joins.
   */
  function schedule(): void {
    scheduled = true;
    setImmediate(() => void commitWaiting());
  }

  return {
    write<T, A>(work: (db: Database) => Promise<T>, merge?: Mergeable<A, T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const job = { work, merge: merge as Mergeable<unknown, unknown> | undefined };
        waiting.push({ ...job, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) schedule();
      });
    },
  };
}
