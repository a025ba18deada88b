import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { CareLink, CareTeamRepository, StoredAssignedPlan } from '../core/care-team-repository';
import { createDashboardReader } from './dashboard-reader';
import type { Database } from './database';
import type { RawQuery } from './insights-reader';
import { assignedPlans, careAuditLog, careInvites, careLinks, clinicianClients, users } from './schema';

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

/** The care-team workspace in the database (decision 0023). */
export function createCareTeamStore(db: Database, query: RawQuery): CareTeamRepository {
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
    async listLinkedClientIds(clinicianId) {
      const mirrored = await query(
        `select "clinician_clients"."client_id" from "clinician_clients"
         where "clinician_clients"."user_id" = $1 and "clinician_clients"."revoked_at" is null`,
        [clinicianId],
      );
      if (mirrored.length === 0) return [];
      const live = await query(
        `select distinct "care_links"."user_id" from "care_links" where "care_links"."user_id" = any($1::uuid[])
         and "care_links"."clinician_id" = $2 and "care_links"."revoked_at" is null`,
        [mirrored.map((row) => row[0]), clinicianId],
      );
      return live.map((row) => String(row[0]));
    },
    async deleteAll(userId) {
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(careLinks)
          .where(eq(careLinks.userId, userId))
          .returning({ id: careLinks.id, clinicianId: careLinks.clinicianId });
        // Each mirror lives on its clinician's shard: one statement per clinician, named by their user_id.
        for (const link of removed) {
          await tx
            .delete(clinicianClients)
            .where(and(eq(clinicianClients.userId, link.clinicianId), eq(clinicianClients.id, link.id)));
        }
        await tx.delete(assignedPlans).where(eq(assignedPlans.userId, userId));
        await tx.delete(careAuditLog).where(eq(careAuditLog.userId, userId));
        await tx.delete(careInvites).where(eq(careInvites.userId, userId));
      });
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
      // One statement per clinician and resource, the clients as one array: a dashboard's 500 rows cost one round trip.
      const groups = new Map<string, { clinicianId: string; resource: string; clientIds: string[] }>();
      for (const { clientId, clinicianId, resource } of entries) {
        const key = `${clinicianId} ${resource}`;
        const group = groups.get(key) ?? { clinicianId, resource, clientIds: [] };
        group.clientIds.push(clientId);
        groups.set(key, group);
      }
      for (const { clinicianId, resource, clientIds } of groups.values()) {
        await query(
          `insert into "care_audit_log" ("id", "user_id", "clinician_id", "resource")
           select gen_random_uuid(), c.id, $2, $3 from unnest($1::uuid[]) as c(id)`,
          [clientIds, clinicianId, resource],
        );
      }
    },
    async listAudit(clientId) {
      const rows = await db
        .select()
        .from(careAuditLog)
        .where(eq(careAuditLog.userId, clientId))
        .orderBy(desc(careAuditLog.at));
      return rows.map((r) => ({ id: r.id, clinicianId: r.clinicianId, resource: r.resource, at: r.at.toISOString() }));
    },
    readDashboard: createDashboardReader(query),
  };
}
