import type { CheckIn, Episode, SessionRecord } from './journal';
import type { PatientProfile } from './patient-profile';

/** Server-kept timestamps added to every stored journal record. */
export interface Stamped {
  createdAt: string;
  updatedAt: string;
}
export type EpisodeRecord = Episode & Stamped;
export type CheckInRecord = CheckIn & Stamped;
export type SessionRecordStored = SessionRecord & Stamped;

/** A time-range page request: newest first, `cursor` from the previous page's `nextCursor`. */
export interface RangeQuery {
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  cursor?: string | null | undefined;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A create is idempotent by client id: a retry returns the stored row. Ids are unique per user (decision 0017). */
export type CreateResult<T> = { status: 'created'; record: T } | { status: 'exists'; record: T };

/** One journal resource, always scoped by the owning user's id. */
export interface RecordRepository<TInput, TRecord> {
  list(userId: string, query: RangeQuery): Promise<Page<TRecord>>;
  /** Every record of the user, oldest first, `size` at a time: an export that never holds the whole journal. */
  pages(userId: string, size: number): AsyncIterable<TRecord[]>;
  /** Every record in the (inclusive) range, oldest first: for insights, reports and export. */
  listAll(userId: string, range?: { from?: string | undefined; to?: string | undefined }): Promise<TRecord[]>;
  get(userId: string, id: string): Promise<TRecord | null>;
  create(userId: string, input: TInput): Promise<CreateResult<TRecord>>;
  /** Replaces the record; null when the user has no record with that id. */
  update(userId: string, input: TInput): Promise<TRecord | null>;
  remove(userId: string, id: string): Promise<boolean>;
}

/** A record as a backup carries it: the server's timestamps when the file has them (a restore keeps them). */
export type Importable<T> = T & { createdAt?: string | undefined; updatedAt?: string | undefined };
export interface JournalContents {
  episodes: Importable<Episode>[];
  checkins: Importable<CheckIn>[];
  sessions: Importable<SessionRecord>[];
}
export type JournalKind = keyof JournalContents;

/** Takes an import's records one at a time, inside the import's single transaction. */
export interface ImportSink {
  add<K extends JournalKind>(kind: K, record: JournalContents[K][number]): Promise<void>;
  /** Replaces the details for the clinician's report, in the same transaction (a backup carries at most one). */
  profile(profile: PatientProfile): Promise<void>;
}

/**
 * The `fill` of an importStream that adds every record of an in-memory journal.
 * @example await journal.importStream(userId, addEvery({ episodes, checkins: [], sessions: [] }))
 */
export function addEvery(contents: JournalContents): (sink: ImportSink) => Promise<void> {
  return async (sink) => {
    for (const kind of ['episodes', 'checkins', 'sessions'] as const) {
      for (const record of contents[kind]) await sink.add(kind, record);
    }
  };
}

export interface ImportCounts {
  episodes: number;
  checkins: number;
  sessions: number;
  /** How many of those records (any kind) were already in the journal by id: a repeated import adds none. */
  existing: number;
}

/** The journal's persistence port: core declares it, src/store implements it (PGlite, PostgreSQL, memory). */
export interface JournalRepository {
  episodes: RecordRepository<Episode, EpisodeRecord>;
  checkins: RecordRepository<CheckIn, CheckInRecord>;
  sessions: RecordRepository<SessionRecord, SessionRecordStored>;
  /** Upserts everything in one transaction (all or nothing), by (user, id). */
  importAll(userId: string, contents: JournalContents): Promise<ImportCounts>;
  /**
   * Runs `fill` inside one transaction and writes what it adds as it goes (memory stays bounded): everything
   * lands, or nothing when `fill` or a write throws. Throws
   * MissingReferenceError (path `sessions.N.episodeId`) for a session whose episode the user does not have.
   */
  importStream(userId: string, fill: (sink: ImportSink) => Promise<void>): Promise<ImportCounts>;
  /** Deletes every journal row of the user. */
  deleteAll(userId: string): Promise<void>;
}

/** Thrown by `list` for a cursor it did not issue (the API answers 400 naming `cursor`). */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this server issued; start again without it');
    this.name = 'InvalidCursorError';
  }
}

/** Thrown when the database cannot store or compare a value (e.g. year 0000, a NUL character): a client error. */
export class UnstorableValueError extends Error {
  constructor(detail: string) {
    super(`a value cannot be stored: ${detail}`);
    this.name = 'UnstorableValueError';
  }
}

/** A record names another record (a session's episodeId) that the user does not have: a client error. */
export class MissingReferenceError extends Error {
  constructor(readonly path: string) {
    super(`${path} names an episode this account does not have`);
    this.name = 'MissingReferenceError';
  }
}
