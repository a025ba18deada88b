import { and, eq, gt, gte, isNull, lt, ne, or } from 'drizzle-orm';
import type { AccountRepository, TokenScope, TokenSummary, UserRow } from '../core/repositories';
import type { Database } from './database';
import { apiTokens, authSessions, recoveryCodes, userEmails, users } from './schema';

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
    scopes: row.scopes as TokenScope[],
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
  };
}

function toUser(row: typeof users.$inferSelect): UserRow {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.passwordHash,
    totpSecret: row.totpSecret,
    totpEnabledAt: row.totpEnabledAt ? row.totpEnabledAt.toISOString() : null,
  };
}

/** Users, sessions and API tokens in the database. */
export function createAccountStore(db: Database): AccountRepository {
  return {
    async ensureUser(id) {
      await db.insert(users).values({ id, email: null }).onConflictDoNothing();
    },
    async createUser(user) {
      const email = user.email.toLowerCase();
      try {
        // user_emails holds the uniqueness (it is distributed by email, users by id): both rows or neither.
        await db.transaction(async (tx) => {
          await tx.insert(userEmails).values({ email, userId: user.id });
          await tx.insert(users).values({ ...user, email });
        });
        return 'created';
      } catch (error) {
        if (isUniqueViolation(error)) return 'email-taken';
        throw error;
      }
    },
    async findUserByEmail(email) {
      const [entry] = await db
        .select({ userId: userEmails.userId })
        .from(userEmails)
        .where(eq(userEmails.email, email.toLowerCase()));
      if (!entry) return null;
      const [row] = await db.select().from(users).where(eq(users.id, entry.userId));
      return row ? toUser(row) : null;
    },
    async findUser(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toUser(row) : null;
    },
    async setPasswordHash(userId, passwordHash) {
      await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
    },
    async deleteUser(id) {
      await db.transaction(async (tx) => {
        const [row] = await tx.delete(users).where(eq(users.id, id)).returning({ email: users.email });
        if (row?.email) {
          await tx.delete(userEmails).where(and(eq(userEmails.email, row.email), eq(userEmails.userId, id)));
        }
      });
    },
    async createSession({ now = new Date(), userAgent = null, ...session }) {
      await db.insert(authSessions).values({ ...session, userAgent, createdAt: now, lastUsedAt: now });
    },
    async findSessionUser(idHash, { now, idleSince, touchBefore }) {
      const live = and(
        eq(authSessions.idHash, idHash),
        gt(authSessions.expiresAt, now),
        gte(authSessions.lastUsedAt, idleSince),
      );
      // Throttled slide: a write only when the last one is older than touchBefore, else a plain read.
      const [touched] = await db
        .update(authSessions)
        .set({ lastUsedAt: now })
        .where(and(live, lt(authSessions.lastUsedAt, touchBefore)))
        .returning({ userId: authSessions.userId });
      if (touched) return touched.userId;
      const [row] = await db.select({ userId: authSessions.userId }).from(authSessions).where(live);
      return row?.userId ?? null;
    },
    async deleteSession(idHash) {
      await db.delete(authSessions).where(eq(authSessions.idHash, idHash));
    },
    async listSessions(userId) {
      const rows = await db
        .select()
        .from(authSessions)
        .where(eq(authSessions.userId, userId))
        .orderBy(authSessions.createdAt);
      return rows.map((row) => ({
        id: row.id,
        idHash: row.idHash,
        createdAt: row.createdAt.toISOString(),
        lastUsedAt: row.lastUsedAt.toISOString(),
        userAgent: row.userAgent,
      }));
    },
    async deleteSessionById(userId, id) {
      const rows = await db
        .delete(authSessions)
        .where(and(eq(authSessions.id, id), eq(authSessions.userId, userId)))
        .returning({ id: authSessions.id });
      return rows.length > 0;
    },
    async deleteOtherSessions(userId, keepIdHash) {
      const rows = await db
        .delete(authSessions)
        .where(and(eq(authSessions.userId, userId), keepIdHash ? ne(authSessions.idHash, keepIdHash) : undefined))
        .returning({ id: authSessions.id });
      return rows.length;
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
    async findToken(tokenHash, now) {
      const [row] = await db
        .update(apiTokens)
        .set({ lastUsedAt: now })
        .where(and(eq(apiTokens.tokenHash, tokenHash), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))))
        .returning({ userId: apiTokens.userId, scopes: apiTokens.scopes });
      return row ? { userId: row.userId, scopes: row.scopes as TokenScope[] } : null;
    },
    async revokeToken(userId, id) {
      const rows = await db
        .delete(apiTokens)
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
        .returning({ id: apiTokens.id });
      return rows.length > 0;
    },
    async setTotp(userId, secret, enabledAt) {
      await db
        .update(users)
        .set({ totpSecret: secret, totpEnabledAt: enabledAt, totpLastStep: null })
        .where(eq(users.id, userId));
    },
    async consumeTotpStep(userId, step) {
      const rows = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      return rows.length > 0;
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      await db.transaction(async (tx) => {
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
        if (codeHashes.length > 0) {
          await tx.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ codeHash, userId })));
        }
      });
    },
    async consumeRecoveryCode(userId, codeHash) {
      const rows = await db
        .delete(recoveryCodes)
        .where(and(eq(recoveryCodes.codeHash, codeHash), eq(recoveryCodes.userId, userId)))
        .returning({ codeHash: recoveryCodes.codeHash });
      return rows.length > 0;
    },
  };
}
