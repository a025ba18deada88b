import {
  type CreateResult,
  ImportConflictError,
  InvalidCursorError,
  type JournalRepository,
  type RecordRepository,
  type Stamped,
} from '../core/journal-repository';
import { decodeCursor, encodeCursor } from './cursor';

interface Row<T> {
  userId: string;
  record: T & Stamped;
}

/** Sort/filter key of a record: an instant in ms for timed records, a day string for check-ins. */
type KeyOf<T> = (record: T) => string;

function createMemoryRecords<T extends { id: string }>(
  key: KeyOf<T>,
  bound: (value: string, edge: 'from' | 'to') => string,
): RecordRepository<T, T & Stamped> & { rows: Map<string, Row<T>> } {
  const rows = new Map<string, Row<T>>();
  const clone = <V>(value: V): V => structuredClone(value);
  const newestFirst = (a: T, b: T) => (key(a) === key(b) ? (a.id < b.id ? 1 : -1) : key(a) < key(b) ? 1 : -1);

  function inRange(userId: string, range: { from?: string | undefined; to?: string | undefined }): (T & Stamped)[] {
    const from = range.from ? bound(range.from, 'from') : undefined;
    const to = range.to ? bound(range.to, 'to') : undefined;
    return [...rows.values()]
      .filter((r) => r.userId === userId)
      .map((r) => r.record)
      .filter((r) => (from === undefined || key(r) >= from) && (to === undefined || key(r) <= to));
  }

  return {
    rows,
    async list(userId, query) {
      let items = inRange(userId, query).sort(newestFirst);
      if (query.cursor) {
        const cursor = decodeCursor(query.cursor);
        if (!cursor) throw new InvalidCursorError();
        const time = bound(cursor.time, 'from');
        items = items.filter((r) => key(r) < time || (key(r) === time && r.id < cursor.id));
      }
      const limit = query.limit ?? 50;
      const page = items.slice(0, limit);
      const last = page.at(-1);
      const cursorTime = (r: T) => (key(r).length === 10 ? key(r) : new Date(key(r)).toISOString());
      return {
        items: page.map(clone),
        nextCursor: items.length > limit && last ? encodeCursor(cursorTime(last), last.id) : null,
      };
    },
    async listAll(userId, range = {}) {
      return inRange(userId, range)
        .sort((a, b) => newestFirst(b, a))
        .map(clone);
    },
    async get(userId, id) {
      const row = rows.get(id);
      return row && row.userId === userId ? clone(row.record) : null;
    },
    async create(userId, input): Promise<CreateResult<T & Stamped>> {
      const existing = rows.get(input.id);
      if (existing) {
        return existing.userId === userId
          ? { status: 'exists', record: clone(existing.record) }
          : { status: 'conflict' };
      }
      const now = new Date().toISOString();
      const record = { ...clone(input), createdAt: now, updatedAt: now };
      rows.set(input.id, { userId, record });
      return { status: 'created', record: clone(record) };
    },
    async update(userId, input) {
      const existing = rows.get(input.id);
      if (!existing || existing.userId !== userId) return null;
      const record = { ...clone(input), createdAt: existing.record.createdAt, updatedAt: new Date().toISOString() };
      rows.set(input.id, { userId, record });
      return clone(record);
    },
    async remove(userId, id) {
      const existing = rows.get(id);
      if (!existing || existing.userId !== userId) return false;
      return rows.delete(id);
    },
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Instants compare as fixed-width UTC ISO strings, so string order is time order. */
const instantKey = (value: string) => new Date(value).toISOString();
function instantBound(value: string, edge: 'from' | 'to'): string {
  if (!DAY.test(value)) return instantKey(value);
  return edge === 'from' ? `${value}T00:00:00.000Z` : `${value}T23:59:59.999Z`;
}

/** An in-memory journal with the same semantics as the database one: for app and server tests. */
export function createMemoryJournal(): JournalRepository {
  const episodes = createMemoryRecords<import('../core/journal').Episode>((r) => instantKey(r.startedAt), instantBound);
  const checkins = createMemoryRecords<import('../core/journal').CheckIn>(
    (r) => r.date,
    (v) => v.slice(0, 10),
  );
  const sessions = createMemoryRecords<import('../core/journal').SessionRecord>(
    (r) => instantKey(r.startedAt),
    instantBound,
  );
  const all = [episodes, checkins, sessions] as const;
  return {
    episodes,
    checkins,
    sessions,
    async importAll(userId, contents) {
      const lists = [contents.episodes, contents.checkins, contents.sessions] as const;
      for (const [i, list] of lists.entries()) {
        for (const item of list) {
          const owner = all[i]?.rows.get(item.id)?.userId;
          if (owner !== undefined && owner !== userId) throw new ImportConflictError(item.id);
        }
      }
      const now = new Date().toISOString();
      for (const [i, list] of lists.entries()) {
        const rows = all[i]?.rows as Map<string, Row<unknown>>;
        for (const item of list) {
          const existing = rows.get(item.id);
          // A restored backup keeps its timestamps; a record without them keeps (or gets) ours.
          const createdAt = item.createdAt ?? existing?.record.createdAt ?? now;
          const updatedAt = item.createdAt === undefined ? now : (item.updatedAt ?? item.createdAt);
          const record = { ...structuredClone(item), createdAt, updatedAt };
          rows.set(item.id, { userId, record: record as never });
        }
      }
      const unique = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id)).size;
      return {
        episodes: unique(contents.episodes),
        checkins: unique(contents.checkins),
        sessions: unique(contents.sessions),
      };
    },
    async deleteAll(userId) {
      for (const repo of all) {
        for (const [id, row] of repo.rows) if (row.userId === userId) repo.rows.delete(id);
      }
    },
  };
}
