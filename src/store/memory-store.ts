import type { PatientProfile } from '../core/patient-profile';
import {
  type AccountRepository,
  backoffMs,
  type ProfileRepository,
  type SavedSchedule,
  type ScheduleRepository,
  type SessionRow,
  type ShareAccess,
  type ShareLink,
  type ShareRepository,
  type Store,
  type TokenSummary,
  type UserRow,
} from '../core/repositories';
import { createListingInsightsReader } from './insights-reader';
import { createMemoryCareTeam } from './memory-care-team';
import { createMemoryJournal } from './memory-journal';

/** Everything in Maps: the same contracts as the database store, for fast app and server tests. */
export function createMemoryStore(): Store {
  const users = new Map<string, UserRow>();
  const sessions = new Map<string, SessionRow & { userId: string; expiresAt: Date }>();
  const recovery = new Map<string, { userId: string }>();
  const totpSteps = new Map<string, number>();
  const failures = new Map<string, { failures: number; lockedUntil: Date | null }>();
  const tokens = new Map<string, TokenSummary & { userId: string; tokenHash: string }>();
  const shares = new Map<string, ShareLink & { tokenHash: string }>();
  const access = new Map<string, ShareAccess[]>();
  const schedules = new Map<string, SavedSchedule & { userId: string }>();
  const profileRows = new Map<string, PatientProfile>();
  const journal = createMemoryJournal((userId, profile) => profileRows.set(userId, { ...profile }));
  const windows = new Map<string, { count: number; resetAt: Date }>();

  const accounts: AccountRepository = {
    async ensureUser(id) {
      if (!users.has(id)) users.set(id, { id, email: null, passwordHash: null });
    },
    async createUser(user) {
      const email = user.email.toLowerCase();
      if ([...users.values()].some((u) => u.email === email)) return 'email-taken';
      users.set(user.id, { ...user, email, totpSecret: null, totpEnabledAt: null });
      return 'created';
    },
    async findUserByEmail(email) {
      const user = [...users.values()].find((u) => u.email === email.toLowerCase());
      return user ? { ...user } : null;
    },
    async findUser(id) {
      const user = users.get(id);
      return user ? { ...user } : null;
    },
    async setPasswordHash(userId, passwordHash) {
      const user = users.get(userId);
      if (user) user.passwordHash = passwordHash;
    },
    async deleteUser(id) {
      users.delete(id);
      await journal.deleteAll(id);
      profileRows.delete(id);
      for (const map of [sessions, tokens, shares, schedules, recovery]) {
        for (const [k, row] of map) if (row.userId === id) map.delete(k);
      }
    },
    async createSession({ now = new Date(), userAgent = null, ...session }) {
      const at = now.toISOString();
      sessions.set(session.idHash, { ...session, id: crypto.randomUUID(), createdAt: at, lastUsedAt: at, userAgent });
    },
    async findSessionUser(idHash, { now, idleSince, touchBefore }) {
      const session = sessions.get(idHash);
      if (!session || session.expiresAt <= now || new Date(session.lastUsedAt) < idleSince) return null;
      if (new Date(session.lastUsedAt) < touchBefore) session.lastUsedAt = now.toISOString();
      return session.userId;
    },
    async deleteSession(idHash) {
      sessions.delete(idHash);
    },
    async listSessions(userId) {
      return [...sessions.values()]
        .filter((s) => s.userId === userId)
        .map(({ id, idHash, createdAt, lastUsedAt, userAgent }) => ({ id, idHash, createdAt, lastUsedAt, userAgent }));
    },
    async deleteSessionById(userId, id) {
      const found = [...sessions.values()].find((s) => s.id === id && s.userId === userId);
      return found ? sessions.delete(found.idHash) : false;
    },
    async deleteOtherSessions(userId, keepIdHash) {
      let ended = 0;
      for (const [k, s] of sessions) if (s.userId === userId && k !== keepIdHash && sessions.delete(k)) ended += 1;
      return ended;
    },
    async createToken({ scopes = ['read', 'journal:write'], expiresAt = null, ...token }) {
      const summary = {
        id: token.id,
        name: token.name,
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
        scopes: [...scopes],
        expiresAt: expiresAt ? expiresAt.toISOString() : null,
      };
      tokens.set(token.id, { ...summary, userId: token.userId, tokenHash: token.tokenHash });
      return { ...summary };
    },
    async listTokens(userId) {
      return [...tokens.values()]
        .filter((t) => t.userId === userId)
        .map(({ userId: _u, tokenHash: _h, ...summary }) => ({ ...summary }));
    },
    async findToken(tokenHash, now) {
      const token = [...tokens.values()].find((t) => t.tokenHash === tokenHash);
      if (!token || (token.expiresAt && new Date(token.expiresAt) <= now)) return null;
      token.lastUsedAt = now.toISOString();
      return { userId: token.userId, scopes: [...token.scopes] };
    },
    async revokeToken(userId, id) {
      const token = tokens.get(id);
      return token?.userId === userId ? tokens.delete(id) : false;
    },
    async setTotp(userId, secret, enabledAt) {
      const user = users.get(userId);
      if (!user) return;
      Object.assign(user, { totpSecret: secret, totpEnabledAt: enabledAt?.toISOString() ?? null });
      totpSteps.delete(userId);
    },
    async consumeTotpStep(userId, step) {
      if ((totpSteps.get(userId) ?? -1) >= step) return false;
      totpSteps.set(userId, step);
      return true;
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      for (const [k, r] of recovery) if (r.userId === userId) recovery.delete(k);
      for (const codeHash of codeHashes) recovery.set(codeHash, { userId });
    },
    async consumeRecoveryCode(userId, codeHash) {
      return recovery.get(codeHash)?.userId === userId ? recovery.delete(codeHash) : false;
    },
  };

  const strip = ({ tokenHash: _hash, ...link }: ShareLink & { tokenHash: string }): ShareLink => ({ ...link });
  const shareRepo: ShareRepository = {
    async create(link) {
      const row = {
        id: link.id,
        userId: link.userId,
        tokenHash: link.tokenHash,
        fromDate: link.fromDate,
        toDate: link.toDate,
        label: link.label ?? null,
        createdAt: new Date().toISOString(),
        expiresAt: link.expiresAt.toISOString(),
        revokedAt: null,
      };
      shares.set(link.id, row);
      return strip(row);
    },
    async findActiveByTokenHash(tokenHash, now) {
      const link = [...shares.values()].find((s) => s.tokenHash === tokenHash);
      return link && !link.revokedAt && new Date(link.expiresAt) > now ? strip(link) : null;
    },
    async list(userId) {
      return [...shares.values()].filter((s) => s.userId === userId).map(strip);
    },
    async revoke(userId, id) {
      const link = shares.get(id);
      if (!link || link.userId !== userId || link.revokedAt) return false;
      link.revokedAt = new Date().toISOString();
      return true;
    },
    async logAccess(userId, shareId, what) {
      if (shares.get(shareId)?.userId !== userId) return;
      access.set(shareId, [{ at: new Date().toISOString(), what }, ...(access.get(shareId) ?? [])]);
    },
    async listAccess(userId, shareId) {
      return shares.get(shareId)?.userId === userId ? [...(access.get(shareId) ?? [])] : [];
    },
    async deleteAll(userId) {
      for (const [k, s] of shares) if (s.userId === userId) shares.delete(k);
    },
  };

  const scheduleRepo: ScheduleRepository = {
    async save(userId, schedule) {
      // Ids are unique per user, as the database's (user_id, id) key.
      const existing = schedules.get(`${userId}:${schedule.id}`);
      const row = { ...schedule, userId, createdAt: existing?.createdAt ?? new Date().toISOString() };
      schedules.set(`${userId}:${schedule.id}`, row);
      const { userId: _u, ...saved } = row;
      return saved;
    },
    async list(userId) {
      return [...schedules.values()].filter((s) => s.userId === userId).map(({ userId: _u, ...s }) => s);
    },
    async remove(userId, id) {
      return schedules.delete(`${userId}:${id}`);
    },
    async deleteAll(userId) {
      for (const [k, s] of schedules) if (s.userId === userId) schedules.delete(k);
    },
  };

  const profiles: ProfileRepository = {
    async get(userId) {
      const profile = profileRows.get(userId);
      return profile ? { ...profile } : null;
    },
    async save(userId, profile) {
      profileRows.set(userId, { ...profile });
      return { ...profile };
    },
    async deleteAll(userId) {
      profileRows.delete(userId);
    },
  };

  return {
    kind: 'memory',
    journal,
    insights: createListingInsightsReader(journal),
    accounts,
    shares: shareRepo,
    schedules: scheduleRepo,
    profiles,
    careTeam: createMemoryCareTeam(journal, (id) => users.get(id)?.email ?? null),
    rateLimits: {
      async hit(key, windowMs, now) {
        const current = windows.get(key);
        const next =
          current && current.resetAt > now
            ? { count: current.count + 1, resetAt: current.resetAt }
            : { count: 1, resetAt: new Date(now.getTime() + windowMs) };
        windows.set(key, next);
        return { ...next };
      },
      async lockedUntil(key, now) {
        const lock = failures.get(key)?.lockedUntil;
        return lock && lock > now ? lock : null;
      },
      async recordFailure(key, now, policy) {
        const count = (failures.get(key)?.failures ?? 0) + 1;
        const lockMs = backoffMs(count, policy);
        const entry = { failures: count, lockedUntil: lockMs ? new Date(now.getTime() + lockMs) : null };
        failures.set(key, entry);
        return { ...entry };
      },
      async clearFailures(key) {
        failures.delete(key);
      },
    },
    async ping() {},
    async close() {},
  };
}
