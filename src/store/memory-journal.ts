import {
  addEvery,
  type CreateResult,
  type ImportSink,
  InvalidCursorError,
  type JournalContents,
  type JournalKind,
  type JournalRepository,
  MissingReferenceError,
  type RecordRepository,
  type Stamped,
} from '../core/journal-repository';
import type { PatientProfile } from '../core/patient-profile';
import { decodeCursor, encodeCursor } from './cursor';

interface Row<T> {
  userId: string;
  record: T & Stamped;
}

/** Sort/filter key of a record: an instant in ms for timed records, a day string for check-ins. */
type KeyOf<T> = (record: T) => string;

/** Rows are keyed by user and id, as the database's (user_id, id) primary keys: ids are unique per user. */
const rowKey = (userId: string, id: string) => `${userId}:${id}`;

function createMemoryRecords<T extends { id: string }>(
  key: KeyOf<T>,
  bound: (value: string, edge: 'from' | 'to') => string,
  /** What the database's constraints would refuse (a session naming another user's episode). */
  check: (userId: string, input: T) => void = () => undefined,
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
    async *pages(userId, size) {
      const all = inRange(userId, {}).sort((a, b) => newestFirst(b, a));
      for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size).map(clone);
    },
    async listAll(userId, range = {}) {
      return inRange(userId, range)
        .sort((a, b) => newestFirst(b, a))
        .map(clone);
    },
    async get(userId, id) {
      const row = rows.get(rowKey(userId, id));
      return row ? clone(row.record) : null;
    },
    async create(userId, input): Promise<CreateResult<T & Stamped>> {
      const existing = rows.get(rowKey(userId, input.id));
      if (existing) return { status: 'exists', record: clone(existing.record) };
      check(userId, input);
      const now = new Date().toISOString();
      const record = { ...clone(input), createdAt: now, updatedAt: now };
      rows.set(rowKey(userId, input.id), { userId, record });
      return { status: 'created', record: clone(record) };
    },
    async update(userId, input) {
      const existing = rows.get(rowKey(userId, input.id));
      if (!existing) return null;
      check(userId, input);
      const record = { ...clone(input), createdAt: existing.record.createdAt, updatedAt: new Date().toISOString() };
      rows.set(rowKey(userId, input.id), { userId, record });
      return clone(record);
    },
    async remove(userId, id) {
      return rows.delete(rowKey(userId, id));
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
/** `saveProfile`: where an import's report profile goes (the memory store's profiles), applied with its records. */
export function createMemoryJournal(
  saveProfile: (userId: string, profile: PatientProfile) => void = () => undefined,
): JournalRepository {
  type Records = ReturnType<typeof createMemoryRecords<never>>;
  const episodes = createMemoryRecords<import('../core/journal').Episode>((r) => instantKey(r.startedAt), instantBound);
  const ownsEpisode = (userId: string, id: string) => episodes.rows.has(rowKey(userId, id));
  const checkins = createMemoryRecords<import('../core/journal').CheckIn>(
    (r) => r.date,
    (v) => v.slice(0, 10),
  );
  const sessions = createMemoryRecords<import('../core/journal').SessionRecord>(
    (r) => instantKey(r.startedAt),
    instantBound,
    (userId, input) => {
      if (input.episodeId !== undefined && !ownsEpisode(userId, input.episodeId)) {
        throw new MissingReferenceError('episodeId');
      }
    },
  );
  const all = { episodes, checkins, sessions } as unknown as Record<JournalKind, Records>;
  const removeEpisode = episodes.remove;
  // Deleting an episode unlinks its sessions, as the database's ON DELETE SET NULL (episode_id) does.
  episodes.remove = async (userId, id) => {
    const removed = await removeEpisode(userId, id);
    for (const row of sessions.rows.values()) {
      if (row.userId === userId && row.record.episodeId === id) delete row.record.episodeId;
    }
    return removed;
  };

  /** Stages the whole import, checks it, then applies it: all or nothing. */
  async function importStream(userId: string, fill: (sink: ImportSink) => Promise<void>) {
    const staged: JournalContents = { episodes: [], checkins: [], sessions: [] };
    let profile: PatientProfile | null = null;
    await fill({
      async add(kind, record) {
        (staged[kind] as unknown[]).push(structuredClone(record));
      },
      async profile(given) {
        profile = { ...given };
      },
    });
    const kinds = Object.keys(staged) as JournalKind[];
    const fileEpisodes = new Set(staged.episodes.map((e) => e.id));
    for (const [index, session] of staged.sessions.entries()) {
      const episodeId = session.episodeId;
      if (episodeId !== undefined && !fileEpisodes.has(episodeId) && !ownsEpisode(userId, episodeId)) {
        throw new MissingReferenceError(`sessions.${index}.episodeId`);
      }
    }
    const now = new Date().toISOString();
    let existing = 0;
    for (const kind of kinds) {
      const rows = all[kind].rows as Map<string, Row<unknown>>;
      for (const id of new Set(staged[kind].map((item) => item.id))) if (rows.has(rowKey(userId, id))) existing++;
      for (const item of staged[kind]) {
        const existing = rows.get(rowKey(userId, item.id));
        // A restored backup keeps its timestamps; a record without them keeps (or gets) ours.
        const createdAt = item.createdAt ?? existing?.record.createdAt ?? now;
        const updatedAt = item.createdAt === undefined ? now : (item.updatedAt ?? item.createdAt);
        rows.set(rowKey(userId, item.id), { userId, record: { ...item, createdAt, updatedAt } as never });
      }
    }
    if (profile) saveProfile(userId, profile);
    const unique = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id)).size;
    return {
      episodes: unique(staged.episodes),
      checkins: unique(staged.checkins),
      sessions: unique(staged.sessions),
      existing,
    };
  }

  return {
    episodes,
    checkins,
    sessions,
    importStream,
    importAll: (userId, contents) => importStream(userId, addEvery(contents)),
    async deleteAll(userId) {
      for (const repo of Object.values(all)) {
        for (const [id, row] of repo.rows) if (row.userId === userId) repo.rows.delete(id);
      }
    },
  };
}
