import type { CareAuditEntry, CareLink, CareTeamRepository, StoredAssignedPlan } from '../core/care-team-repository';
import type { JournalRepository } from '../core/journal-repository';

/** The care-team workspace in Maps, with the database store's contract (one link row stands for both sides). */
export function createMemoryCareTeam(
  journal: JournalRepository,
  findEmail: (userId: string) => string | null,
): CareTeamRepository {
  const clinicians = new Map<string, Date>();
  const invites = new Map<
    string,
    { id: string; clinicianId: string; createdAt: Date; expiresAt: Date; used: boolean }
  >();
  const links = new Map<string, CareLink>();
  const plans = new Map<string, StoredAssignedPlan>();
  const audit = new Map<string, CareAuditEntry[]>();
  const live = (clientId: string, clinicianId: string) =>
    [...links.values()].find((l) => l.clientId === clientId && l.clinicianId === clinicianId && l.revokedAt === null);
  const byNewest = <T extends { createdAt: string }>(a: T, b: T) => b.createdAt.localeCompare(a.createdAt);

  return {
    async setClinician(userId, at) {
      if (!clinicians.has(userId)) clinicians.set(userId, at);
    },
    async isClinician(userId) {
      return clinicians.has(userId);
    },
    async createInvite({ codeHash, ...invite }) {
      const createdAt = new Date();
      invites.set(codeHash, { ...invite, createdAt, used: false });
      return { ...invite, createdAt: createdAt.toISOString(), expiresAt: invite.expiresAt.toISOString() };
    },
    async redeemInvite(codeHash, clientId, linkId, now) {
      const invite = invites.get(codeHash);
      if (!invite || invite.used || invite.expiresAt <= now) return { status: 'invalid' };
      if (invite.clinicianId === clientId) return { status: 'own-invite' };
      const existing = live(clientId, invite.clinicianId);
      if (existing) return { status: 'already-linked', link: { ...existing } };
      invite.used = true;
      const link: CareLink = {
        id: linkId,
        clientId,
        clinicianId: invite.clinicianId,
        createdAt: now.toISOString(),
        revokedAt: null,
      };
      links.set(linkId, link);
      return { status: 'linked', link: { ...link } };
    },
    async listClientLinks(clientId) {
      return [...links.values()]
        .filter((l) => l.clientId === clientId)
        .sort(byNewest)
        .map((l) => ({ ...l }));
    },
    async listClinicianLinks(clinicianId) {
      return [...links.values()]
        .filter((l) => l.clinicianId === clinicianId)
        .sort(byNewest)
        .map((l) => ({ ...l }));
    },
    async findActiveLink(clientId, clinicianId) {
      const link = live(clientId, clinicianId);
      return link ? { ...link } : null;
    },
    async listLinkedClientIds(clinicianId) {
      return [
        ...new Set(
          [...links.values()]
            .filter((l) => l.clinicianId === clinicianId && l.revokedAt === null)
            .map((l) => l.clientId),
        ),
      ];
    },
    async deleteAll(userId) {
      for (const [id, link] of links) if (link.clientId === userId) links.delete(id);
      for (const [key, plan] of plans) if (plan.clientId === userId) plans.delete(key);
      audit.delete(userId);
      for (const [hash, invite] of invites) if (invite.clinicianId === userId) invites.delete(hash);
    },
    async revokeLink(clientId, linkId, now) {
      const link = links.get(linkId);
      if (!link || link.clientId !== clientId || link.revokedAt !== null) return false;
      link.revokedAt = now.toISOString();
      return true;
    },
    async savePlan(plan, now) {
      const key = `${plan.clientId}:${plan.id}`;
      const existing = plans.get(key);
      if (existing && existing.clinicianId !== plan.clinicianId) return null;
      const at = now.toISOString();
      const saved = { ...plan, createdAt: existing?.createdAt ?? at, updatedAt: at };
      plans.set(key, saved);
      return structuredClone(saved);
    },
    async listPlans(clientId) {
      return [...plans.values()]
        .filter((p) => p.clientId === clientId)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .map((p) => structuredClone(p));
    },
    async getPlan(clientId, planId) {
      const plan = plans.get(`${clientId}:${planId}`);
      return plan ? structuredClone(plan) : null;
    },
    async logReads(entries) {
      for (const { clientId, clinicianId, resource } of entries) {
        const log = audit.get(clientId) ?? [];
        log.unshift({ id: crypto.randomUUID(), clinicianId, resource, at: new Date().toISOString() });
        audit.set(clientId, log);
      }
    },
    async listAudit(clientId) {
      return (audit.get(clientId) ?? []).map((e) => ({ ...e }));
    },
    async readDashboard(clientIds, clinicianId, since, adherenceSince) {
      return Promise.all(
        clientIds.map(async (clientId) => {
          const [episodes, sessions] = await Promise.all([
            journal.episodes.listAll(clientId),
            journal.sessions.listAll(clientId),
          ]);
          const after = (startedAt: string, bound: Date) => Date.parse(startedAt) >= bound.getTime();
          const last = episodes.reduce<(typeof episodes)[number] | null>(
            (latest, e) => (latest === null || Date.parse(e.startedAt) > Date.parse(latest.startedAt) ? e : latest),
            null,
          );
          const planSessions: { planId: string; count: number }[] = [];
          for (const s of sessions) {
            if (s.assignedPlanId === undefined || !after(s.startedAt, adherenceSince)) continue;
            const counted = planSessions.find((p) => p.planId === s.assignedPlanId);
            if (counted) counted.count += 1;
            else planSessions.push({ planId: s.assignedPlanId, count: 1 });
          }
          return {
            clientId,
            email: findEmail(clientId),
            plans: [...plans.values()]
              .filter((p) => p.clientId === clientId && p.clinicianId === clinicianId)
              .map((p) => structuredClone(p)),
            lastEpisode: last
              ? {
                  startedAt: last.startedAt,
                  region: last.region,
                  ...(last.intensity === undefined ? {} : { intensity: last.intensity }),
                }
              : null,
            episodes: episodes.filter((e) => after(e.startedAt, since)),
            sessions: sessions.filter((s) => after(s.startedAt, since)),
            planSessions,
          };
        }),
      );
    },
  };
}
