import { and, eq, gt } from 'drizzle-orm';
import type { AccountRepository, TokenSummary } from '../core/repositories';
import type { Database } from './database';
import { apiTokens, authSessions, users } from './schema';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // drizzle wraps driver errors; walk the cause chain for the SQLSTATE.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if ((current as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function toSummary(row: typeof apiTokens.$inferSelect): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt ? row.lastUsedAt.toISOString() : null,
  };
}

/** Users, sessions and API tokens in the database. */
export function createAccountStore(db: Database): AccountRepository {
  return {
    async ensureUser(id, email) {
      await db.insert(users).values({ id, email }).onConflictDoNothing();
    },
    async createUser(user) {
      try {
        await db.insert(users).values({ ...user, email: user.email.toLowerCase() });
        return 'created';
      } catch (error) {
        if (isUniqueViolation(error)) return 'email-taken';
        throw error;
      }
    },
    async findUserByEmail(email) {
      const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
      return row ? { id: row.id, email: row.email, passwordHash: row.passwordHash } : null;
    },
    async findUser(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? { id: row.id, email: row.email, passwordHash: row.passwordHash } : null;
    },
    async deleteUser(id) {
      await db.delete(users).where(eq(users.id, id));
    },
    async createSession(session) {
      await db.insert(authSessions).values(session);
    },
    async findSessionUser(idHash, now) {
      const [row] = await db
        .select({ userId: authSessions.userId })
        .from(authSessions)
        .where(and(eq(authSessions.idHash, idHash), gt(authSessions.expiresAt, now)));
      return row?.userId ?? null;
    },
    async deleteSession(idHash) {
      await db.delete(authSessions).where(eq(authSessions.idHash, idHash));
    },
    async createToken(token) {
      const [row] = await db.insert(apiTokens).values(token).returning();
      if (!row) throw new Error('token insert returned no row');
      return toSummary(row);
    },
    async listTokens(userId) {
      const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(apiTokens.createdAt);
      return rows.map(toSummary);
    },
    async findTokenUser(tokenHash) {
      const [row] = await db
        .update(apiTokens)
        .set({ lastUsedAt: new Date() })
        .where(eq(apiTokens.tokenHash, tokenHash))
        .returning({ userId: apiTokens.userId });
      return row?.userId ?? null;
    },
    async revokeToken(userId, id) {
      const rows = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },
  };
}
