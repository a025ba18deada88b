import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { SavedSchedule, ScheduleRepository, ShareLink, ShareRepository } from '../core/repositories';
import type { Database } from './database';
import { schedules, shareAccessLog, shareLinks } from './schema';

function toLink(row: typeof shareLinks.$inferSelect): ShareLink {
  return {
    id: row.id,
    userId: row.userId,
    fromDate: row.fromDate,
    toDate: row.toDate,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}

/** Clinician share links and their access log. */
export function createShareStore(db: Database): ShareRepository {
  return {
    async create(link) {
      const [row] = await db
        .insert(shareLinks)
        .values({ ...link, label: link.label ?? null })
        .returning();
      if (!row) throw new Error('share insert returned no row');
      return toLink(row);
    },
    async findActiveByTokenHash(tokenHash, now) {
      const [row] = await db
        .select()
        .from(shareLinks)
        .where(and(eq(shareLinks.tokenHash, tokenHash), isNull(shareLinks.revokedAt), gt(shareLinks.expiresAt, now)));
      return row ? toLink(row) : null;
    },
    async list(userId) {
      const rows = await db
        .select()
        .from(shareLinks)
        .where(eq(shareLinks.userId, userId))
        .orderBy(desc(shareLinks.createdAt));
      return rows.map(toLink);
    },
    async revoke(userId, id) {
      const rows = await db
        .update(shareLinks)
        .set({ revokedAt: new Date() })
        .where(and(eq(shareLinks.id, id), eq(shareLinks.userId, userId), isNull(shareLinks.revokedAt)))
        .returning({ id: shareLinks.id });
      return rows.length > 0;
    },
    async logAccess(userId, shareId, what) {
      await db.insert(shareAccessLog).values({ id: crypto.randomUUID(), userId, shareId, what });
    },
    async listAccess(userId, shareId) {
      const rows = await db
        .select({ at: shareAccessLog.at, what: shareAccessLog.what })
        .from(shareAccessLog)
        .where(and(eq(shareAccessLog.userId, userId), eq(shareAccessLog.shareId, shareId)))
        .orderBy(desc(shareAccessLog.at));
      return rows.map((r) => ({ at: r.at.toISOString(), what: r.what }));
    },
    async deleteAll(userId) {
      await db.delete(shareLinks).where(eq(shareLinks.userId, userId));
    },
  };
}

function toSaved(row: typeof schedules.$inferSelect): SavedSchedule {
  return {
    id: row.id,
    region: row.region as SavedSchedule['region'],
    startsOn: row.startsOn,
    schedule: row.schedule,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Saved self-care schedules. */
export function createScheduleStore(db: Database): ScheduleRepository {
  return {
    async save(userId, schedule) {
      const [row] = await db
        .insert(schedules)
        .values({ ...schedule, userId })
        .onConflictDoUpdate({
          target: [schedules.userId, schedules.id],
          set: { region: schedule.region, startsOn: schedule.startsOn, schedule: schedule.schedule },
        })
        .returning();
      if (!row) throw new Error('schedule upsert returned no row');
      return toSaved(row);
    },
    async list(userId) {
      const rows = await db.select().from(schedules).where(eq(schedules.userId, userId)).orderBy(schedules.createdAt);
      return rows.map(toSaved);
    },
    async remove(userId, id) {
      const rows = await db
        .delete(schedules)
        .where(and(eq(schedules.id, id), eq(schedules.userId, userId)))
        .returning({ id: schedules.id });
      return rows.length > 0;
    },
    async deleteAll(userId) {
      await db.delete(schedules).where(eq(schedules.userId, userId));
    },
  };
}
