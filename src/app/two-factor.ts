import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { z } from 'zod';
import type { AccountRepository, UserRow } from '../core/repositories';
import type { AuthContext } from './auth-events';
import { AppError, parseOrThrow } from './errors';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s. */
const TOTP_PARAMS = { issuer: 'Knead', algorithm: 'SHA1', digits: 6, period: 30 } as const;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export const TwoFactorCodeSchema = z.strictObject({ code: z.string().trim().min(6).max(32) });

const totpFor = (secret: string, label: string) =>
  new TOTP({ ...TOTP_PARAMS, label, secret: Secret.fromBase32(secret) });

/** The time step a 6-digit code belongs to (±1 step for clock drift), or null. */
export function matchTotp(secret: string, code: string, at: Date): number | null {
  const delta = totpFor(secret, 'check').validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / 1000 / TOTP_PARAMS.period) + delta;
}

/** Recovery codes are compared without dashes, spaces or case. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

export const isTwoFactorOn = (user: UserRow) => Boolean(user.totpSecret && user.totpEnabledAt);

/** TOTP enrolment, confirmation, verification at sign-in, and single-use hashed recovery codes. */
export function createTwoFactor(
  accounts: AccountRepository,
  now: () => Date,
  hashSecret: (secret: string) => string,
  checkPassword: (user: UserRow, password: string) => Promise<boolean>,
) {
  async function requireUser(userId: string): Promise<UserRow> {
    const user = await accounts.findUser(userId);
    if (!user) throw new AppError('unauthenticated', 401, 'sign in again');
    return user;
  }
  /** A current TOTP code (never one used before) or an unused recovery code. */
  async function verifySecondFactor(user: UserRow, code: string, ctx: AuthContext): Promise<boolean> {
    if (!user.totpSecret) return false;
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      const step = matchTotp(user.totpSecret, trimmed, now());
      return step !== null && (await accounts.consumeTotpStep(user.id, step));
    }
    const used = await accounts.consumeRecoveryCode(user.id, hashSecret(normaliseRecoveryCode(trimmed)));
    if (used) ctx.audit?.({ event: 'recovery-code-used', userId: user.id });
    return used;
  }
  const wrongCode = () =>
    new AppError('invalid-two-factor-code', 401, 'the code is wrong or was already used', [
      { path: 'code', message: 'the current 6-digit code from your app, or an unused recovery code' },
    ]);
  return {
    verifySecondFactor,
    wrongCode,
    async setup(userId: string): Promise<{ secret: string; uri: string }> {
      const user = await requireUser(userId);
      if (isTwoFactorOn(user)) {
        throw new AppError('two-factor-enabled', 409, 'two-factor sign-in is already on; turn it off first');
      }
      const secret = new Secret({ size: 20 }).base32;
      await accounts.setTotp(userId, secret, null);
      return { secret, uri: totpFor(secret, user.email ?? userId).toString() };
    },
    async confirm(userId: string, input: unknown, ctx: AuthContext): Promise<{ recoveryCodes: string[] }> {
      const { code } = parseOrThrow(TwoFactorCodeSchema, input, 'two-factor code');
      const user = await requireUser(userId);
      if (!user.totpSecret || isTwoFactorOn(user)) {
        throw new AppError('two-factor-not-pending', 409, 'start two-factor setup first (POST /auth/2fa/setup)');
      }
      const step = matchTotp(user.totpSecret, code.trim(), now());
      if (step === null) throw wrongCode();
      await accounts.setTotp(userId, user.totpSecret, now());
      await accounts.consumeTotpStep(userId, step);
      const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
      await accounts.replaceRecoveryCodes(
        userId,
        recoveryCodes.map((c) => hashSecret(normaliseRecoveryCode(c))),
      );
      ctx.audit?.({ event: 'two-factor-enabled', userId });
      return { recoveryCodes };
    },
    async disable(userId: string, input: unknown, ctx: AuthContext): Promise<void> {
      const { password, code } = parseOrThrow(
        TwoFactorCodeSchema.extend({ password: z.string().max(200) }),
        input,
        'two-factor removal',
      );
      const user = await requireUser(userId);
      if (!isTwoFactorOn(user)) return;
      if (!(await checkPassword(user, password))) {
        throw new AppError('invalid-credentials', 401, 'the password is wrong', [
          { path: 'password', message: 'wrong' },
        ]);
      }
      if (!(await verifySecondFactor(user, code, ctx))) throw wrongCode();
      await accounts.setTotp(userId, null, null);
      await accounts.replaceRecoveryCodes(userId, []);
      ctx.audit?.({ event: 'two-factor-disabled', userId });
    },
  };
}
