import type { Schedule } from './assessment';
import type { CareTeamRepository } from './care-team-repository';
import type { InsightsReader } from './insights/records';
import type { JournalRepository } from './journal-repository';
import type { PatientProfile } from './patient-profile';
import type { Region } from './vocabulary';

export interface UserRow {
  id: string;
  email: string | null;
  passwordHash: string | null;
  /** Two-factor: the enrolled secret, in force once `totpEnabledAt` is set. */
  totpSecret?: string | null;
  totpEnabledAt?: string | null;
}

/** What a personal API token may do: read the journal, and/or write it. */
export const TOKEN_SCOPES = ['read', 'journal:write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface TokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  scopes: TokenScope[];
  /** null: never expires (tokens made before expiries existed). */
  expiresAt: string | null;
}

export interface SessionRow {
  id: string;
  idHash: string;
  createdAt: string;
  lastUsedAt: string;
  userAgent: string | null;
}

/** When a session counts as alive: unexpired, used since `idleSince`; its last use is written if before `touchBefore`. */
export interface SessionCheck {
  now: Date;
  idleSince: Date;
  touchBefore: Date;
}

/** Users, sign-in sessions and personal API tokens. Secrets are only ever stored as hashes. */
export interface AccountRepository {
  /** Creates the user, with no email, if missing (the implicit local-mode user). */
  ensureUser(id: string): Promise<void>;
  /** 'email-taken' when another account already uses the (lower-cased) email. */
  createUser(user: { id: string; email: string; passwordHash: string }): Promise<'created' | 'email-taken'>;
  findUserByEmail(email: string): Promise<UserRow | null>;
  findUser(id: string): Promise<UserRow | null>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Deletes the user and, by cascade, every row they own. */
  deleteUser(id: string): Promise<void>;
  createSession(session: {
    idHash: string;
    userId: string;
    expiresAt: Date;
    userAgent?: string | null;
    now?: Date;
  }): Promise<void>;
  /** The owner of a live session (see SessionCheck), or null. */
  findSessionUser(idHash: string, check: SessionCheck): Promise<string | null>;
  deleteSession(idHash: string): Promise<void>;
  listSessions(userId: string): Promise<SessionRow[]>;
  /** Ends one of the user's sessions by its public id; false when it is not theirs. */
  deleteSessionById(userId: string, id: string): Promise<boolean>;
  /** Ends every session of the user except `keepIdHash`; returns how many ended. */
  deleteOtherSessions(userId: string, keepIdHash: string | null): Promise<number>;
  createToken(token: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    scopes?: TokenScope[];
    expiresAt?: Date | null;
  }): Promise<TokenSummary>;
  listTokens(userId: string): Promise<TokenSummary[]>;
  /** The owner and scopes of an unexpired token (and marks it used), or null. */
  findToken(tokenHash: string, now: Date): Promise<{ userId: string; scopes: TokenScope[] } | null>;
  revokeToken(userId: string, id: string): Promise<boolean>;
  /** Sets (or clears, with null) the TOTP secret; `enabledAt` null leaves it pending confirmation. */
  setTotp(userId: string, secret: string | null, enabledAt: Date | null): Promise<void>;
  /** Accepts TOTP time step `step` once: false when it (or a later one) was already used. Atomic. */
  consumeTotpStep(userId: string, step: number): Promise<boolean>;
  replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void>;
  /** Consumes a recovery code: true once, false afterwards or when unknown. */
  consumeRecoveryCode(userId: string, codeHash: string): Promise<boolean>;
}

export interface ShareLink {
  id: string;
  userId: string;
  fromDate: string;
  toDate: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ShareAccess {
  at: string;
  what: string;
}

/** Clinician share links (built on by the interop engineer's sharing feature). Tokens are stored hashed. */
export interface ShareRepository {
  create(link: {
    id: string;
    userId: string;
    tokenHash: string;
    fromDate: string;
    toDate: string;
    label?: string | null | undefined;
    expiresAt: Date;
  }): Promise<ShareLink>;
  /** The link for this token hash if it is neither revoked nor expired at `now`. */
  findActiveByTokenHash(tokenHash: string, now: Date): Promise<ShareLink | null>;
  list(userId: string): Promise<ShareLink[]>;
  revoke(userId: string, id: string): Promise<boolean>;
  /** Logged under the link's owner, so the log lives on the owner's shard. */
  logAccess(userId: string, shareId: string, what: string): Promise<void>;
  listAccess(userId: string, shareId: string): Promise<ShareAccess[]>;
  deleteAll(userId: string): Promise<void>;
}

export interface SavedSchedule {
  id: string;
  region: Region;
  startsOn: string;
  schedule: Schedule;
  createdAt: string;
}

/** Saved self-care schedules (reminders the .ics export can turn into calendar events). */
export interface ScheduleRepository {
  save(userId: string, schedule: Omit<SavedSchedule, 'createdAt'>): Promise<SavedSchedule>;
  list(userId: string): Promise<SavedSchedule[]>;
  remove(userId: string, id: string): Promise<boolean>;
  deleteAll(userId: string): Promise<void>;
}

/** The details a person gave once for their clinician's report (one per user; none until they fill it in). */
export interface ProfileRepository {
  get(userId: string): Promise<PatientProfile | null>;
  /** Replaces the whole profile: a field left out is cleared. */
  save(userId: string, profile: PatientProfile): Promise<PatientProfile>;
  deleteAll(userId: string): Promise<void>;
}

/** Where a key stands in its fixed window after one more hit. */
export interface RateLimitHit {
  /** Hits in the current window, this one included. */
  count: number;
  resetAt: Date;
}

/**
 * Fixed-window hit counters kept in the database, so every API process behind a load balancer counts against
 * one limit (an in-process counter would multiply the limit by the number of processes).
 */
export interface RateLimitRepository {
  /** Counts one hit on `key` at `now`; a window that has ended starts again at 1 and lasts `windowMs`. */
  hit(key: string, windowMs: number, now: Date): Promise<RateLimitHit>;
  /** Until when sign-in to this account key is refused (null: not locked at `now`). */
  lockedUntil(key: string, now: Date): Promise<Date | null>;
  /** Counts one wrong password on `key` atomically and sets the lock the policy gives for the new count. */
  recordFailure(key: string, now: Date, policy: BackoffPolicy): Promise<{ failures: number; lockedUntil: Date | null }>;
  clearFailures(key: string): Promise<void>;
}

/** Exponential backoff: the first `freeFailures` cost nothing; then `baseMs`, doubling per failure, at most `maxMs`. */
export interface BackoffPolicy {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
}

/** The lock after `failures` wrong passwords (0 while still free). */
export function backoffMs(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(30, failures - policy.freeFailures));
}

/** Everything the use cases persist, behind one handle that `openStore` (or the memory store) returns. */
export interface Store {
  readonly kind: 'pglite' | 'postgres' | 'memory';
  journal: JournalRepository;
  /** The journal as insights and reports read it: one range, the analysed fields only. */
  insights: InsightsReader;
  accounts: AccountRepository;
  shares: ShareRepository;
  schedules: ScheduleRepository;
  profiles: ProfileRepository;
  /** The care-team workspace: clinicians, invites, links, assigned plans, the audit of clinician reads. */
  careTeam: CareTeamRepository;
  rateLimits: RateLimitRepository;
  /** Resolves when the database answers (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * An embedded database on disk: tells other processes on the same data directory where the server holding it
   * listens, so their commands go through it (decision 0014). Absent where several processes can share the store.
   */
  advertise?(server: { url: string; token: string }): void;
}
