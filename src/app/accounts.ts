import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { z } from 'zod';
import type { AccountRepository, TokenSummary } from '../core/repositories';
import { AppError, notFound, parseOrThrow } from './errors';

export const CredentialsSchema = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(10, 'at least 10 characters').max(200),
});
export const TokenRequestSchema = z.strictObject({ name: z.string().trim().min(1).max(100) });

const SESSION_DAYS = 30;
// Verifying against a fixed hash when the email is unknown keeps sign-in time the same either way.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => {
  dummyHash ??= argon2.hash('knead-timing-equaliser', { type: argon2.argon2id });
  return dummyHash;
};

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

export interface AccountUseCases {
  signup(input: unknown): Promise<SignedIn>;
  signin(input: unknown): Promise<SignedIn>;
  signout(sessionToken: string): Promise<void>;
  /** The user id behind a session cookie or a bearer token; null when unknown, expired or revoked. */
  authenticateSession(sessionToken: string): Promise<string | null>;
  authenticateToken(bearer: string): Promise<string | null>;
  findUser(userId: string): Promise<{ id: string; email: string | null } | null>;
  createToken(userId: string, input: unknown): Promise<{ id: string; name: string; token: string }>;
  listTokens(userId: string): Promise<TokenSummary[]>;
  revokeToken(userId: string, id: string): Promise<void>;
  deleteAccount(userId: string): Promise<void>;
}

export function createAccountUseCases(accounts: AccountRepository, now: () => Date): AccountUseCases {
  async function startSession(user: { id: string; email: string }): Promise<SignedIn> {
    const sessionToken = newSecret('');
    const expiresAt = new Date(now().getTime() + SESSION_DAYS * 86_400_000);
    await accounts.createSession({ idHash: hashSecret(sessionToken), userId: user.id, expiresAt });
    return { user, sessionToken, expiresAt };
  }
  return {
    async signup(input) {
      const { email, password } = parseOrThrow(CredentialsSchema, input, 'sign-up');
      const passwordHash = await argon2.hash(password, { type: argon2.argon2id });
      const id = crypto.randomUUID();
      if ((await accounts.createUser({ id, email, passwordHash })) === 'email-taken') {
        throw new AppError('email-taken', 409, 'an account with this email already exists; sign in instead', [
          { path: 'email', message: 'already registered' },
        ]);
      }
      return startSession({ id, email: email.toLowerCase() });
    },
    async signin(input) {
      const { email, password } = parseOrThrow(
        CredentialsSchema.extend({ password: z.string().max(200) }),
        input,
        'sign-in',
      );
      const user = await accounts.findUserByEmail(email);
      const valid = await argon2.verify(user?.passwordHash ?? (await getDummyHash()), password);
      if (!user?.passwordHash || !user.email || !valid) {
        throw new AppError('invalid-credentials', 401, 'email or password is wrong');
      }
      return startSession({ id: user.id, email: user.email });
    },
    async signout(sessionToken) {
      await accounts.deleteSession(hashSecret(sessionToken));
    },
    authenticateSession: (token) => accounts.findSessionUser(hashSecret(token), now()),
    authenticateToken: (token) => accounts.findTokenUser(hashSecret(token)),
    async findUser(userId) {
      const user = await accounts.findUser(userId);
      return user ? { id: user.id, email: user.email } : null;
    },
    async createToken(userId, input) {
      const { name } = parseOrThrow(TokenRequestSchema, input, 'token request');
      const token = newSecret('knead_');
      const summary = await accounts.createToken({
        id: crypto.randomUUID(),
        userId,
        name,
        tokenHash: hashSecret(token),
      });
      return { id: summary.id, name: summary.name, token };
    },
    listTokens: (userId) => accounts.listTokens(userId),
    async revokeToken(userId, id) {
      if (!(await accounts.revokeToken(userId, id))) throw notFound('token');
    },
    deleteAccount: (userId) => accounts.deleteUser(userId),
  };
}
