import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { z } from 'zod';
import {
  type AccountRepository,
  type RateLimitRepository,
  TOKEN_SCOPES,
  type TokenScope,
  type TokenSummary,
  type UserRow,
} from '../core/repositories';
import type { AuthContext } from './auth-events';
import { AppError, notFound, parseOrThrow } from './errors';
import { screenPassword } from './password-screen';
import { createSignInGuard, hashEmail } from './sign-in-guard';
import { createTwoFactor, isTwoFactorOn } from './two-factor';

const Password = z.string().min(10, 'at least 10 characters').max(200);
export const CredentialsSchema = z.strictObject({ email: z.email().max(254), password: Password });
const SignInSchema = CredentialsSchema.extend({
  password: z.string().max(200),
  /** The 6-digit TOTP code or a recovery code, when two-factor sign-in is on. */
  code: z.string().max(32).optional(),
});
const PasswordChangeSchema = z.strictObject({ currentPassword: z.string().max(200), newPassword: Password });
export const TokenRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(z.enum(TOKEN_SCOPES))
    .min(1)
    .max(2)
    .default([...TOKEN_SCOPES]),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});

const SESSION_DAYS = 30;
export const DEFAULT_IDLE_MINUTES = 30;
/** The sliding last-use time is written at most once a minute per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** The password hash, swappable so tests can count how many were computed. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
export const argon2Hasher: PasswordHasher = {
  hash: (password) => argon2.hash(password, { type: argon2.argon2id }),
  verify: (hash, password) => argon2.verify(hash, password),
};

export interface AccountOptions {
  now: () => Date;
  hasher?: PasswordHasher | undefined;
  /** Minutes without a request after which a session ends (default 30). */
  idleMinutes?: number | undefined;
}

/** SHA-256 of a high-entropy secret: enough for random tokens (argon2 is for low-entropy passwords). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export interface SignedIn {
  user: { id: string; email: string };
  /** The session secret for the cookie; only its hash is stored. */
  sessionToken: string;
  expiresAt: Date;
}

export interface SessionSummary {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
  current: boolean;
}

export function createAccountUseCases(
  accounts: AccountRepository,
  limits: RateLimitRepository,
  options: AccountOptions,
) {
  const { now } = options;
  const hasher = options.hasher ?? argon2Hasher;
  const idleMs = (options.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  const guard = createSignInGuard(limits, now);
  // Verifying against a fixed hash when the email is unknown keeps sign-in time the same either way.
  let dummyHash: Promise<string> | undefined;
  const checkPassword = async (user: UserRow | null, password: string) => {
    dummyHash ??= hasher.hash('knead-timing-equaliser');
    const valid = await hasher.verify(user?.passwordHash ?? (await dummyHash), password);
    return Boolean(valid && user?.passwordHash);
  };
  const twoFactor = createTwoFactor(accounts, now, hashSecret, checkPassword);

  async function startSession(user: { id: string; email: string }, ctx: AuthContext): Promise<SignedIn> {
    const sessionToken = newSecret('');
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_DAYS * 86_400_000);
    const userAgent = ctx.userAgent ? ctx.userAgent.slice(0, 200) : null;
    await accounts.createSession({ idHash: hashSecret(sessionToken), userId: user.id, expiresAt, userAgent, now: at });
    return { user, sessionToken, expiresAt };
  }
  return {
    /** Same answer whether or not the email is taken (the hash runs either way); the client signs in next. */
    async signup(input: unknown, ctx: AuthContext = {}): Promise<void> {
      const { email, password } = parseOrThrow(CredentialsSchema, input, 'sign-up');
      await screenPassword(password);
      const passwordHash = await hasher.hash(password);
      const id = crypto.randomUUID();
      const created = (await accounts.createUser({ id, email, passwordHash })) === 'created';
      ctx.audit?.({ event: 'sign-up', emailHash: hashEmail(email), ...(created ? { userId: id } : {}) });
    },
    async signin(input: unknown, ctx: AuthContext = {}): Promise<SignedIn> {
      const { email, password, code } = parseOrThrow(SignInSchema, input, 'sign-in');
      await guard.refuseIfLocked(email, ctx);
      const user = await accounts.findUserByEmail(email);
      if (!user?.email || !(await checkPassword(user, password))) {
        await guard.recordFailure(email, ctx, 'password');
        throw new AppError('invalid-credentials', 401, 'email or password is wrong');
      }
      const withCode = isTwoFactorOn(user);
      if (withCode && !code) {
        throw new AppError('two-factor-required', 401, 'enter the code from your authenticator app', [
          { path: 'code', message: 'required: the 6-digit code, or a recovery code' },
        ]);
      }
      if (withCode && !(await twoFactor.verifySecondFactor(user, code ?? '', ctx))) {
        await guard.recordFailure(email, ctx, 'two-factor');
        throw twoFactor.wrongCode();
      }
      await guard.clear(email);
      ctx.audit?.({ event: 'sign-in', userId: user.id, twoFactor: withCode });
      return startSession({ id: user.id, email: user.email }, ctx);
    },
    async signout(sessionToken: string, ctx: AuthContext = {}): Promise<void> {
      await accounts.deleteSession(hashSecret(sessionToken));
      ctx.audit?.({ event: 'sign-out' });
    },
    /** The user id behind a session cookie: null when unknown, expired, idle too long or revoked. */
    authenticateSession(sessionToken: string): Promise<string | null> {
      const at = now();
      return accounts.findSessionUser(hashSecret(sessionToken), {
        now: at,
        idleSince: new Date(at.getTime() - idleMs),
        touchBefore: new Date(at.getTime() - TOUCH_EVERY_MS),
      });
    },
    /** The owner and scopes of a bearer token: null when unknown, expired or revoked. */
    authenticateToken: (bearer: string) => accounts.findToken(hashSecret(bearer), now()),
    async findUser(userId: string) {
      const user = await accounts.findUser(userId);
      return user ? { id: user.id, email: user.email, twoFactor: isTwoFactorOn(user) } : null;
    },
    /** Needs the current password; ends every other session of the account. */
    async changePassword(userId: string, sessionToken: string | null, input: unknown, ctx: AuthContext = {}) {
      const { currentPassword, newPassword } = parseOrThrow(PasswordChangeSchema, input, 'password change');
      const user = await accounts.findUser(userId);
      if (!user?.email) throw notFound('account');
      await guard.refuseIfLocked(user.email, ctx);
      if (!(await checkPassword(user, currentPassword))) {
        await guard.recordFailure(user.email, ctx, 'password');
        ctx.audit?.({ event: 'password-change-failed', userId });
        throw new AppError('wrong-password', 403, 'the current password is wrong', [
          { path: 'currentPassword', message: 'wrong password' },
        ]);
      }
      await screenPassword(newPassword, 'newPassword');
      await accounts.setPasswordHash(userId, await hasher.hash(newPassword));
      const ended = await accounts.deleteOtherSessions(userId, sessionToken ? hashSecret(sessionToken) : null);
      ctx.audit?.({ event: 'password-changed', userId, otherSessionsEnded: ended });
    },
    async listSessions(userId: string, sessionToken: string | null): Promise<SessionSummary[]> {
      const current = sessionToken ? hashSecret(sessionToken) : null;
      return (await accounts.listSessions(userId)).map(({ idHash, ...row }) => ({
        ...row,
        current: idHash === current,
      }));
    },
    async revokeSession(userId: string, id: string, ctx: AuthContext = {}): Promise<void> {
      if (!(await accounts.deleteSessionById(userId, id))) throw notFound('session');
      ctx.audit?.({ event: 'sessions-revoked', userId, count: 1 });
    },
    /** Signs out everywhere else; returns how many sessions ended. */
    async revokeOtherSessions(userId: string, sessionToken: string | null, ctx: AuthContext = {}) {
      const count = await accounts.deleteOtherSessions(userId, sessionToken ? hashSecret(sessionToken) : null);
      ctx.audit?.({ event: 'sessions-revoked', userId, count });
      return count;
    },
    async createToken(userId: string, input: unknown, ctx: AuthContext = {}) {
      const { name, scopes, expiresInDays } = parseOrThrow(TokenRequestSchema, input, 'token request');
      const token = newSecret('knead_');
      const summary = await accounts.createToken({
        id: crypto.randomUUID(),
        userId,
        name,
        tokenHash: hashSecret(token),
        scopes: [...new Set<TokenScope>(scopes)],
        expiresAt: new Date(now().getTime() + expiresInDays * 86_400_000),
      });
      const { id, scopes: granted, expiresAt } = summary;
      ctx.audit?.({ event: 'token-created', userId, tokenId: id, scopes: granted, expiresAt });
      return { id, name: summary.name, scopes: granted, expiresAt, token };
    },
    listTokens: (userId: string): Promise<TokenSummary[]> => accounts.listTokens(userId),
    async revokeToken(userId: string, id: string, ctx: AuthContext = {}): Promise<void> {
      if (!(await accounts.revokeToken(userId, id))) throw notFound('token');
      ctx.audit?.({ event: 'token-revoked', userId, tokenId: id });
    },
    twoFactor: { setup: twoFactor.setup, confirm: twoFactor.confirm, disable: twoFactor.disable },
    deleteAccount: (userId: string) => accounts.deleteUser(userId),
  };
}
export type AccountUseCases = ReturnType<typeof createAccountUseCases>;
