import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CheckIn, Episode, SessionRecord } from '../core/journal';
import {
  addEvery,
  type CheckInRecord,
  type EpisodeRecord,
  type ImportSink,
  type JournalContents,
  type JournalKind,
  type JournalRepository,
  MissingReferenceError,
  type SessionRecordStored,
} from '../core/journal-repository';
import { withDataErrors } from './data-errors';
import type { Database } from './database';
import { directWrites, type WriteQueue } from './group-commit';
import { fromCheckInRow, fromEpisodeRow, fromSessionRow, toCheckInRow, toEpisodeRow, toSessionRow } from './mappers';
import { upsertProfile } from './profile-store';
import { createRecordRepository, type ResourceSpec, upsertOwnedRows } from './record-repository';
import { checkins, episodes, massageSessions } from './schema';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day bound covers the whole day: `to=2026-01-31` includes everything before 2026-02-01T00:00Z. */
function instantBound(value: string, edge: 'from' | 'to'): Date {
  if (!DAY.test(value)) return new Date(value);
  const start = Date.parse(`${value}T00:00:00Z`);
  return new Date(edge === 'from' ? start : start + 86_400_000 - 1);
}

const dayBound = (value: string): string => value.slice(0, 10);

const episodeSpec: ResourceSpec<Episode, EpisodeRecord> = {
  table: episodes,
  id: episodes.id,
  userId: episodes.userId,
  time: episodes.startedAt,
  updatedAt: episodes.updatedAt,
  toRow: toEpisodeRow,
  fromRow: fromEpisodeRow as (row: never) => EpisodeRecord,
  timeKey: ((row: { startedAt: Date }) => row.startedAt.toISOString()) as (row: never) => string,
  bound: instantBound,
};

const checkInSpec: ResourceSpec<CheckIn, CheckInRecord> = {
  table: checkins,
  id: checkins.id,
  userId: checkins.userId,
  time: checkins.date,
  updatedAt: checkins.updatedAt,
  toRow: toCheckInRow,
  fromRow: fromCheckInRow as (row: never) => CheckInRecord,
  timeKey: ((row: { date: string }) => row.date) as (row: never) => string,
  bound: dayBound,
};

const sessionSpec: ResourceSpec<SessionRecord, SessionRecordStored> = {
  table: massageSessions,
  id: massageSessions.id,
  userId: massageSessions.userId,
  time: massageSessions.startedAt,
  updatedAt: massageSessions.updatedAt,
  toRow: toSessionRow,
  fromRow: fromSessionRow as (row: never) => SessionRecordStored,
  timeKey: ((row: { startedAt: Date }) => row.startedAt.toISOString()) as (row: never) => string,
  bound: instantBound,
};

// Rows per statement: a batch of ~21 KB guided sessions stays about 2 MB.
const IMPORT_BATCH = 100;
const SPECS = { episodes: episodeSpec, checkins: checkInSpec, sessions: sessionSpec } as Record<
  JournalKind,
  ResourceSpec<{ id: string }, unknown>
>;
const KINDS: readonly JournalKind[] = ['episodes', 'checkins', 'sessions'];

/** Keeps the last occurrence of each id, so one import statement never touches a row twice. */
function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** The first session (by its index in the import) whose episodeId names no episode of the user, if any. */
async function findMissingEpisode(tx: Database, userId: string, refs: Map<string, number>): Promise<number | null> {
  const wanted = [...refs.keys()];
  let first: number | null = null;
  for (let i = 0; i < wanted.length; i += 1000) {
    const chunk = wanted.slice(i, i + 1000);
    const found = await tx
      .select({ id: episodes.id })
      .from(episodes)
      .where(and(eq(episodes.userId, userId), inArray(episodes.id, chunk)));
    const have = new Set(found.map((row) => row.id));
    for (const id of chunk) {
      const index = refs.get(id) as number;
      if (!have.has(id) && (first === null || index < first)) first = index;
    }
  }
  return first;
}

/** The drizzle-backed journal repository (PGlite or PostgreSQL); record writes go through `writes` (group commit). */
export function createJournalStore(db: Database, writes: WriteQueue = directWrites(db)): JournalRepository {
  async function importInto<T extends { id: string; createdAt?: string | undefined; updatedAt?: string | undefined }>(
    tx: Database,
    spec: ResourceSpec<T, unknown>,
    userId: string,
    items: readonly T[],
  ): Promise<number> {
    const unique = uniqueById(items);
    let existing = 0;
    // Records with their timestamps (a restored backup) and without are written apart: an upsert's columns
    // are those of its rows, and a record without a createdAt must keep the one it already has.
    const stamped = unique.filter((item) => item.createdAt !== undefined);
    const bare = unique.filter((item) => item.createdAt === undefined);
    for (const group of [stamped, bare]) {
      for (let i = 0; i < group.length; i += IMPORT_BATCH) {
        const rows = group.slice(i, i + IMPORT_BATCH).map((item) => {
          const row: Record<string, unknown> = spec.toRow(userId, item);
          if (item.createdAt !== undefined) {
            row.createdAt = new Date(item.createdAt);
            row.updatedAt = new Date(item.updatedAt ?? item.createdAt);
          }
          return row;
        });
        const ids = rows.map((row) => row.id as string);
        const owned = await tx
          .select({ id: spec.id })
          .from(spec.table)
          .where(and(eq(spec.userId, userId), inArray(spec.id, ids)));
        existing += owned.length;
        await upsertOwnedRows(tx, spec as ResourceSpec<{ id: string }, unknown>, rows);
      }
    }
    return existing;
  }

  function importStream(userId: string, fill: (sink: ImportSink) => Promise<void>) {
    return db.transaction(async (tx) => {
      // A file may list sessions before their episodes: the reference is checked at commit (and below, by index).
      await tx.execute(sql`set constraints massage_sessions_episode_fk deferred`);
      const pending: Record<JournalKind, { id: string }[]> = { episodes: [], checkins: [], sessions: [] };
      const ids: Record<JournalKind, Set<string>> = { episodes: new Set(), checkins: new Set(), sessions: new Set() };
      const refs = new Map<string, number>();
      let sessionIndex = 0;
      let existing = 0;
      const flush = async (kind: JournalKind) => {
        const items = pending[kind];
        pending[kind] = [];
        existing += await importInto(tx, SPECS[kind], userId, items);
      };
      await fill({
        async add(kind, record) {
          if (kind === 'sessions') {
            const { episodeId } = record as { episodeId?: string };
            if (episodeId !== undefined && !refs.has(episodeId)) refs.set(episodeId, sessionIndex);
            sessionIndex++;
          }
          ids[kind].add(record.id);
          pending[kind].push(record);
          if (pending[kind].length >= IMPORT_BATCH) await flush(kind);
        },
        async profile(profile) {
          await upsertProfile(tx, userId, profile);
        },
      });
      for (const kind of KINDS) await flush(kind);
      for (const id of ids.episodes) refs.delete(id);
      const missing = await findMissingEpisode(tx, userId, refs);
      if (missing !== null) throw new MissingReferenceError(`sessions.${missing}.episodeId`);
      return { episodes: ids.episodes.size, checkins: ids.checkins.size, sessions: ids.sessions.size, existing };
    });
  }

  return withDataErrors({
    episodes: withDataErrors(createRecordRepository(db, episodeSpec, writes)),
    checkins: withDataErrors(createRecordRepository(db, checkInSpec, writes)),
    sessions: withDataErrors(createRecordRepository(db, sessionSpec, writes)),
    importAll(userId: string, contents: JournalContents) {
      return importStream(userId, addEvery(contents));
    },
    importStream,
    async deleteAll(userId: string) {
      await db.transaction(async (tx) => {
        await tx.delete(massageSessions).where(eq(massageSessions.userId, userId));
        await tx.delete(checkins).where(eq(checkins.userId, userId));
        await tx.delete(episodes).where(eq(episodes.userId, userId));
      });
    },
  });
}
