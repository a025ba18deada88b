import { and, asc, desc, eq, gt, gte, inArray, isNull, sql } from 'drizzle-orm';
import type {
  CareLink,
  CareTeamRepository,
  DashboardClientData,
  StoredAssignedPlan,
} from '../core/care-team-repository';
import type { InsightsEpisode, InsightsSession } from '../core/insights/records';
import type { Database } from './database';
import {
  assignedPlans,
  careAuditLog,
  careInvites,
  careLinks,
  clinicianClients,
  episodes,
  massageSessions,
  users,
} from './schema';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toLink(row: typeof careLinks.$inferSelect): CareLink {
  return {
    id: row.id,
    clientId: row.userId,
    clinicianId: row.clinicianId,
    createdAt: row.createdAt.toISOString(),
    revokedAt: iso(row.revokedAt),
  };
}

function toPlan(row: typeof assignedPlans.$inferSelect): StoredAssignedPlan {
  return {
    id: row.id,
    clientId: row.userId,
    clinicianId: row.clinicianId,
    plan: row.plan,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Copies the non-null fields of a row, so optional record fields stay absent as the journal schemas expect. */
function present<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined)) as T;
}

type LatestRow = { client_id: string; started_at_text: string; region: string; intensity: number | null };

/** The care-team workspace in the database (decision 0023). */
export function createCareTeamStore(db: Database): CareTeamRepository {
  const liveLink = (clientId: string, clinicianId: string) =>
    and(eq(careLinks.userId, clientId), eq(careLinks.clinicianId, clinicianId), isNull(careLinks.revokedAt));
  return {
    async setClinician(userId, at) {
      await db
        .update(users)
        .set({ clinicianSince: at })
        .where(and(eq(users.id, userId), isNull(users.clinicianSince)));
    },
    async isClinician(userId) {
      const [row] = await db.select({ since: users.clinicianSince }).from(users).where(eq(users.id, userId));
      return Boolean(row?.since);
    },
    async createInvite(invite) {
      const [row] = await db
        .insert(careInvites)
        .values({ id: invite.id, userId: invite.clinicianId, codeHash: invite.codeHash, expiresAt: invite.expiresAt })
        .returning();
      if (!row) throw new Error('invite insert returned no row');
      return {
        id: row.id,
        clinicianId: row.userId,
        createdAt: row.createdAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
      };
    },
    async redeemInvite(codeHash, clientId, linkId, now) {
      return db.transaction(async (tx) => {
        const usable = and(
          eq(careInvites.codeHash, codeHash),
          isNull(careInvites.redeemedAt),
          gt(careInvites.expiresAt, now),
        );
        const [invite] = await tx.select({ clinicianId: careInvites.userId }).from(careInvites).where(usable);
        if (!invite) return { status: 'invalid' as const };
        if (invite.clinicianId === clientId) return { status: 'own-invite' as const };
        const [existing] = await tx.select().from(careLinks).where(liveLink(clientId, invite.clinicianId));
        if (existing) return { status: 'already-linked' as const, link: toLink(existing) };
        // The conditions again: of two clients redeeming one code at once, exactly one update wins.
        const used = await tx
          .update(careInvites)
          .set({ redeemedAt: now, redeemedBy: clientId })
          .where(and(usable, eq(careInvites.userId, invite.clinicianId)))
          .returning({ id: careInvites.id });
        if (used.length === 0) return { status: 'invalid' as const };
        const [row] = await tx
          .insert(careLinks)
          .values({ id: linkId, userId: clientId, clinicianId: invite.clinicianId, createdAt: now })
          .returning();
        await tx.insert(clinicianClients).values({ id: linkId, userId: invite.clinicianId, clientId, createdAt: now });
        if (!row) throw new Error('link insert returned no row');
        return { status: 'linked' as const, link: toLink(row) };
      });
    },
    async listClientLinks(clientId) {
      const rows = await db
        .select()
        .from(careLinks)
        .where(eq(careLinks.userId, clientId))
        .orderBy(desc(careLinks.createdAt));
      return rows.map(toLink);
    },
    async listClinicianLinks(clinicianId) {
      const rows = await db
        .select()
        .from(clinicianClients)
        .where(eq(clinicianClients.userId, clinicianId))
        .orderBy(desc(clinicianClients.createdAt));
      return rows.map((row) => ({
        id: row.id,
        clientId: row.clientId,
        clinicianId: row.userId,
        createdAt: row.createdAt.toISOString(),
        revokedAt: iso(row.revokedAt),
      }));
    },
    async findActiveLink(clientId, clinicianId) {
      const [row] = await db.select().from(careLinks).where(liveLink(clientId, clinicianId));
      return row ? toLink(row) : null;
    },
    async findActiveLinks(clientIds, clinicianId) {
      if (clientIds.length === 0) return [];
      const rows = await db
        .select()
        .from(careLinks)
        .where(
          and(
            inArray(careLinks.userId, [...clientIds]),
            eq(careLinks.clinicianId, clinicianId),
            isNull(careLinks.revokedAt),
          ),
        );
      return rows.map(toLink);
    },
    async revokeLink(clientId, linkId, now) {
      return db.transaction(async (tx) => {
        const rows = await tx
          .update(careLinks)
          .set({ revokedAt: now })
          .where(and(eq(careLinks.userId, clientId), eq(careLinks.id, linkId), isNull(careLinks.revokedAt)))
          .returning({ clinicianId: careLinks.clinicianId });
        const [revoked] = rows;
        if (!revoked) return false;
        await tx
          .update(clinicianClients)
          .set({ revokedAt: now })
          .where(and(eq(clinicianClients.userId, revoked.clinicianId), eq(clinicianClients.id, linkId)));
        return true;
      });
    },
    async savePlan(plan, now) {
      const rows = await db
        .insert(assignedPlans)
        .values({
          id: plan.id,
          userId: plan.clientId,
          clinicianId: plan.clinicianId,
          plan: plan.plan,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [assignedPlans.userId, assignedPlans.id],
          set: { plan: plan.plan, updatedAt: now },
          // Only the clinician who assigned a plan may replace it.
          setWhere: eq(assignedPlans.clinicianId, plan.clinicianId),
        })
        .returning();
      const [row] = rows;
      return row ? toPlan(row) : null;
    },
    async listPlans(clientId) {
      const rows = await db
        .select()
        .from(assignedPlans)
        .where(eq(assignedPlans.userId, clientId))
        .orderBy(desc(assignedPlans.updatedAt));
      return rows.map(toPlan);
    },
    async getPlan(clientId, planId) {
      const [row] = await db
        .select()
        .from(assignedPlans)
        .where(and(eq(assignedPlans.userId, clientId), eq(assignedPlans.id, planId)));
      return row ? toPlan(row) : null;
    },
    async logReads(entries) {
      if (entries.length === 0) return;
      await db.insert(careAuditLog).values(
        entries.map((e) => ({
          id: crypto.randomUUID(),
          userId: e.clientId,
          clinicianId: e.clinicianId,
          resource: e.resource,
        })),
      );
    },
    async listAudit(clientId) {
      const rows = await db
        .select()
        .from(careAuditLog)
        .where(eq(careAuditLog.userId, clientId))
        .orderBy(desc(careAuditLog.at));
      return rows.map((r) => ({ id: r.id, clinicianId: r.clinicianId, resource: r.resource, at: r.at.toISOString() }));
    },
    async readDashboard(clientIds, clinicianId, since, adherenceSince) {
      if (clientIds.length === 0) return [];
      const ids = [...clientIds];
      // One probe of (user_id, started_at) per client for the latest episode, however long the journal is.
      const clients = sql.join(
        ids.map((id) => sql`(${id}::uuid)`),
        sql`, `,
      );
      // Both drivers answer { rows } (node-postgres and PGlite).
      const latest = (await db.execute(
        sql`select c.id as client_id, e.started_at_text, e.region, e.intensity from (values ${clients}) as c(id)
            cross join lateral (select "episodes"."started_at_text", "episodes"."region", "episodes"."intensity"
              from "episodes" where "episodes"."user_id" = c.id order by "episodes"."started_at" desc limit 1) as e`,
      )) as unknown as { rows: LatestRow[] };
      const recent = await db
        .select({
          userId: episodes.userId,
          startedAt: episodes.startedAtText,
          region: episodes.region,
          durationMinutes: episodes.durationMinutes,
          intensity: episodes.intensity,
          context: episodes.context,
          actions: episodes.actions,
          painBefore: episodes.painBefore,
          painAfter: episodes.painAfter,
          response: episodes.response,
        })
        .from(episodes)
        .where(and(inArray(episodes.userId, ids), gte(episodes.startedAt, since)))
        .orderBy(asc(episodes.startedAt));
      const sessions = await db
        .select({
          userId: massageSessions.userId,
          startedAt: massageSessions.startedAtText,
          startedAtTime: massageSessions.startedAt,
          massage: massageSessions.massage,
          painBefore: massageSessions.painBefore,
          painAfter: massageSessions.painAfter,
          stopReason: massageSessions.stopReason,
          assignedPlanId: massageSessions.assignedPlanId,
        })
        .from(massageSessions)
        .where(and(inArray(massageSessions.userId, ids), gte(massageSessions.startedAt, since)))
        .orderBy(asc(massageSessions.startedAt));
      const emails = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids));
      const plans = await db
        .select()
        .from(assignedPlans)
        .where(and(inArray(assignedPlans.userId, ids), eq(assignedPlans.clinicianId, clinicianId)));
      const byClient = new Map<string, DashboardClientData>(
        ids.map((id) => [
          id,
          { clientId: id, email: null, plans: [], lastEpisode: null, episodes: [], sessions: [], planSessions: [] },
        ]),
      );
      for (const { id, email } of emails) {
        const data = byClient.get(id);
        if (data) data.email = email;
      }
      for (const row of plans) byClient.get(row.userId)?.plans.push(toPlan(row));
      for (const row of latest.rows) {
        const data = byClient.get(row.client_id);
        if (!data) continue;
        data.lastEpisode = present({ startedAt: row.started_at_text, region: row.region, intensity: row.intensity });
      }
      for (const { userId, ...episode } of recent)
        byClient.get(userId)?.episodes.push(present<InsightsEpisode>(episode));
      for (const { userId, startedAtTime, assignedPlanId, ...session } of sessions) {
        const data = byClient.get(userId);
        if (!data) continue;
        data.sessions.push(present<InsightsSession>(session));
        if (assignedPlanId === null || startedAtTime < adherenceSince) continue;
        const counted = data.planSessions.find((p) => p.planId === assignedPlanId);
        if (counted) counted.count += 1;
        else data.planSessions.push({ planId: assignedPlanId, count: 1 });
      }
      return [...byClient.values()];
    },
  };
}
