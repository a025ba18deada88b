import { and, asc, desc, eq, getTableColumns, getTableName, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  type CreateResult,
  InvalidCursorError,
  type Page,
  type RangeQuery,
  type RecordRepository,
} from '../core/journal-repository';
import { decodeCursor, encodeCursor } from './cursor';
import type { Database } from './database';
import { directWrites, type Mergeable, type WriteQueue } from './group-commit';

/** How one journal table maps to the generic repository: its columns, row mappers and time key. */
export interface ResourceSpec<TInput extends { id: string }, TRecord> {
  table: PgTable;
  id: PgColumn;
  userId: PgColumn;
  /** The column pages are sorted and filtered by (started_at or date). */
  time: PgColumn;
  updatedAt: PgColumn;
  toRow(userId: string, input: TInput): Record<string, unknown>;
  fromRow(row: never): TRecord;
  /** The sort key of a row as text, for the cursor. */
  timeKey(row: never): string;
  /** Turns a query bound (an ISO instant or a day) into a value comparable with `time`. */
  bound(value: string, edge: 'from' | 'to'): Date | string;
}

const DEFAULT_LIMIT = 50;

/** Builds a user-scoped repository over one table; every statement filters by user_id. Writes go through `writes`. */
export function createRecordRepository<TInput extends { id: string }, TRecord>(
  db: Database,
  spec: ResourceSpec<TInput, TRecord>,
  writes: WriteQueue = directWrites(db),
): RecordRepository<TInput, TRecord> {
  const fromRow = (row: unknown) => spec.fromRow(row as never);
  const mine = (userId: string, id: string) => and(eq(spec.id, id), eq(spec.userId, userId));

  function rangeFilter(userId: string, range: { from?: string | undefined; to?: string | undefined }): SQL[] {
    const where: SQL[] = [eq(spec.userId, userId)];
    if (range.from) where.push(gte(spec.time, spec.bound(range.from, 'from')));
    if (range.to) where.push(lte(spec.time, spec.bound(range.to, 'to')));
    return where;
  }

  // The create is the hot write path: prepared statements skip drizzle's query building (and PostgreSQL's parsing),
  // one per database a write runs on (the pool, or the group commit's batch database) and per number of rows.
  type Insert = { execute(values: Record<string, unknown>): Promise<unknown> };
  const insertStatements = new WeakMap<Database, Map<number, Insert>>();
  const prepareInsert = (on: Database, keys: string[], count: number): Insert => {
    let statements = insertStatements.get(on);
    if (!statements) {
      statements = new Map();
      insertStatements.set(on, statements);
    }
    let statement = statements.get(count);
    if (!statement) {
      const rows = Array.from({ length: count }, (_, i) =>
        Object.fromEntries(keys.map((key) => [key, sql.placeholder(`${i}.${key}`)])),
      );
      statement = on
        .insert(spec.table)
        .values(rows)
        .onConflictDoNothing({ target: [spec.userId, spec.id] })
        .returning()
        .prepare(`${getTableName(spec.table)}_create_${count}`);
      statements.set(count, statement);
    }
    return statement;
  };
  /** Inserts the rows that are new, answering the inserted records (none for ids the user already has). */
  const insertNew = (on: Database, rows: Record<string, unknown>[]) => {
    const keys = Object.keys(rows[0] ?? {});
    const values: Record<string, unknown> = {};
    rows.forEach((row, i) => {
      for (const key of keys) values[`${i}.${key}`] = row[key];
    });
    return prepareInsert(on, keys, rows.length).execute(values) as Promise<Record<string, unknown>[]>;
  };

  const userKey = columnKey(spec.table, spec.userId);
  const rowKey = (row: Record<string, unknown>) => `${row[userKey]}/${row.id}`;

  async function findExisting(on: Database, row: Record<string, unknown>): Promise<CreateResult<TRecord>> {
    const id = row.id as string;
    const [existing] = (await on
      .select()
      .from(spec.table)
      .where(mine(row[userKey] as string, id))) as unknown[];
    if (!existing) throw new Error(`${getTableName(spec.table)} ${id} was neither inserted nor found`);
    return { status: 'exists', record: fromRow(existing) };
  }

  // Creates that meet in one group commit batch are one multi-row insert: PGlite parses and plans it once.
  const createKind = `${getTableName(spec.table)}_create`;
  const mergedCreate = (row: Record<string, unknown>): Mergeable<Record<string, unknown>, CreateResult<TRecord>> => ({
    kind: createKind,
    arg: row,
    async runAll(on, rows) {
      const created = new Map((await insertNew(on, rows)).map((record) => [rowKey(record), record]));
      const results: CreateResult<TRecord>[] = [];
      for (const each of rows) {
        const record = created.get(rowKey(each));
        // The first of two creates of one id in the batch inserted it; the second finds it, as it would alone.
        created.delete(rowKey(each));
        results.push(record ? { status: 'created', record: fromRow(record) } : await findExisting(on, each));
      }
      return results;
    },
  });

  return {
    async list(userId: string, query: RangeQuery): Promise<Page<TRecord>> {
      const limit = query.limit ?? DEFAULT_LIMIT;
      const where = rangeFilter(userId, query);
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor);
        if (!cursor) throw new InvalidCursorError();
        const time = spec.bound(cursor.time, 'from');
        where.push(or(lt(spec.time, time), and(eq(spec.time, time), lt(spec.id, cursor.id))) as SQL);
      }
      const rows = (await db
        .select()
        .from(spec.table)
        .where(and(...where))
        .orderBy(desc(spec.time), desc(spec.id))
        .limit(limit + 1)) as unknown[];
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > limit && last ? encodeCursor(spec.timeKey(last as never), (last as { id: string }).id) : null;
      return { items: items.map(fromRow), nextCursor };
    },

    async *pages(userId, size) {
      let after: { time: unknown; id: string } | null = null;
      for (;;) {
        const where = [eq(spec.userId, userId)];
        if (after)
          where.push(or(gt(spec.time, after.time), and(eq(spec.time, after.time), gt(spec.id, after.id))) as SQL);
        const rows = (await db
          .select()
          .from(spec.table)
          .where(and(...where))
          .orderBy(asc(spec.time), asc(spec.id))
          .limit(size)) as Record<string, unknown>[];
        if (rows.length > 0) yield rows.map(fromRow);
        const last = rows.at(-1);
        if (!last || rows.length < size) return;
        after = { time: last[columnKey(spec.table, spec.time)], id: last.id as string };
      }
    },

    async listAll(userId, range = {}) {
      const rows = (await db
        .select()
        .from(spec.table)
        .where(and(...rangeFilter(userId, range)))
        .orderBy(asc(spec.time), asc(spec.id))) as unknown[];
      return rows.map(fromRow);
    },

    async get(userId, id) {
      const [row] = (await db.select().from(spec.table).where(mine(userId, id))) as unknown[];
      return row ? fromRow(row) : null;
    },

    create(userId, input): Promise<CreateResult<TRecord>> {
      const row = spec.toRow(userId, input);
      return writes.write(async (on) => {
        const [inserted] = await insertNew(on, [row]);
        return inserted ? { status: 'created', record: fromRow(inserted) } : findExisting(on, row);
      }, mergedCreate(row));
    },

    update(userId, input) {
      const { id: _id, userId: _user, ...changes } = spec.toRow(userId, input);
      return writes.write(async (on) => {
        const [row] = (await on
          .update(spec.table)
          .set({ ...changes, [columnKey(spec.table, spec.updatedAt)]: new Date() })
          .where(mine(userId, input.id))
          .returning()) as unknown[];
        return row ? fromRow(row) : null;
      });
    },

    remove(userId, id) {
      return writes.write(async (on) => {
        const rows = (await on.delete(spec.table).where(mine(userId, id)).returning({ id: spec.id })) as unknown[];
        return rows.length > 0;
      });
    },
  };
}

function columnKey(table: PgTable, column: PgColumn): string {
  const entry = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
  if (!entry) throw new Error(`column ${column.name} is not in the table`);
  return entry[0];
}

/** Inserts or replaces the user's rows by (user_id, id) inside the caller's transaction: ids are unique per user. */
export async function upsertOwnedRows(
  tx: Database,
  spec: ResourceSpec<{ id: string }, unknown>,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(spec.table);
  const set: Record<string, SQL> = {};
  for (const key of Object.keys(rows[0] ?? {})) {
    const column = columns[key];
    if (column && key !== 'id' && key !== 'userId') set[key] = sql.raw(`excluded."${column.name}"`);
  }
  // Rows that carry their own updatedAt (a restored backup) keep it; others are stamped now.
  const updatedKey = columnKey(spec.table, spec.updatedAt);
  if (!(updatedKey in (rows[0] ?? {}))) set[updatedKey] = sql`now()`;
  await tx
    .insert(spec.table)
    .values(rows)
    .onConflictDoUpdate({ target: [spec.userId, spec.id], set });
}
