import type {
  AccountRepository,
  SavedSchedule,
  ScheduleRepository,
  ShareAccess,
  ShareLink,
  ShareRepository,
  Store,
  TokenSummary,
  UserRow,
} from '../core/repositories';
import { createMemoryJournal } from './memory-journal';

/** Everything in Maps: the same contracts as the database store, for fast app and server tests. */
export function createMemoryStore(): Store {
  const users = new Map<string, UserRow>();
  const sessions = new Map<string, { userId: string; expiresAt: Date }>();
  const tokens = new Map<string, TokenSummary & { userId: string; tokenHash: string }>();
  const shares = new Map<string, ShareLink & { tokenHash: string }>();
  const access = new Map<string, ShareAccess[]>();
  const schedules = new Map<string, SavedSchedule & { userId: string }>();
  const journal = createMemoryJournal();
  const windows = new Map<string, { count: number; resetAt: Date }>();

  const accounts: AccountRepository = {
    async ensureUser(id, email) {
      if (!users.has(id)) users.set(id, { id, email, passwordHash: null });
    },
    async createUser(user) {
      const email = user.email.toLowerCase();
      if ([...users.values()].some((u) => u.email === email)) return 'email-taken';
      users.set(user.id, { ...user, email });
      return 'created';
    },
    async findUserByEmail(email) {
      return [...users.values()].find((u) => u.email === email.toLowerCase()) ?? null;
    },
    async findUser(id) {
      return users.get(id) ?? null;
    },
    async deleteUser(id) {
      users.delete(id);
      await journal.deleteAll(id);
      for (const [k, s] of sessions) if (s.userId === id) sessions.delete(k);
      for (const [k, t] of tokens) if (t.userId === id) tokens.delete(k);
      for (const [k, s] of shares) if (s.userId === id) shares.delete(k);
      for (const [k, s] of schedules) if (s.userId === id) schedules.delete(k);
    },
    async createSession(session) {
      sessions.set(session.idHash, { userId: session.userId, expiresAt: session.expiresAt });
    },
    async findSessionUser(idHash, now) {
      const session = sessions.get(idHash);
      return session && session.expiresAt > now ? session.userId : null;
    },
    async deleteSession(idHash) {
      sessions.delete(idHash);
    },
    async createToken(token) {
      const summary = { id: token.id, name: token.name, createdAt: new Date().toISOString(), lastUsedAt: null };
      tokens.set(token.id, { ...summary, userId: token.userId, tokenHash: token.tokenHash });
      return summary;
    },
    async listTokens(userId) {
      return [...tokens.values()]
        .filter((t) => t.userId === userId)
        .map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt }));
    },
    async findTokenUser(tokenHash) {
      const token = [...tokens.values()].find((t) => t.tokenHash === tokenHash);
      if (!token) return null;
      token.lastUsedAt = new Date().toISOString();
      return token.userId;
    },
    async revokeToken(userId, id) {
      const token = tokens.get(id);
      return token?.userId === userId ? tokens.delete(id) : false;
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
    async logAccess(shareId, what) {
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
      const existing = schedules.get(schedule.id);
      if (existing && existing.userId !== userId) throw new Error('schedule id belongs to another account');
      const row = { ...schedule, userId, createdAt: existing?.createdAt ?? new Date().toISOString() };
      schedules.set(schedule.id, row);
      const { userId: _u, ...saved } = row;
      return saved;
    },
    async list(userId) {
      return [...schedules.values()].filter((s) => s.userId === userId).map(({ userId: _u, ...s }) => s);
    },
    async remove(userId, id) {
      return schedules.get(id)?.userId === userId ? schedules.delete(id) : false;
    },
    async deleteAll(userId) {
      for (const [k, s] of schedules) if (s.userId === userId) schedules.delete(k);
    },
  };

  return {
    kind: 'memory',
    journal,
    accounts,
    shares: shareRepo,
    schedules: scheduleRepo,
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
    },
    async ping() {},
    async close() {},
  };
}
