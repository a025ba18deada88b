import type { Schedule } from './assessment';
import type { JournalRepository } from './journal-repository';
import type { Region } from './vocabulary';

export interface UserRow {
  id: string;
  email: string | null;
  passwordHash: string | null;
}

export interface TokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Users, sign-in sessions and personal API tokens. Secrets are only ever stored as hashes. */
export interface AccountRepository {
  /** Creates the user if missing (the implicit local-mode user). */
  ensureUser(id: string, email: string | null): Promise<void>;
  /** 'email-taken' when another account already uses the (lower-cased) email. */
  createUser(user: { id: string; email: string; passwordHash: string }): Promise<'created' | 'email-taken'>;
  findUserByEmail(email: string): Promise<UserRow | null>;
  findUser(id: string): Promise<UserRow | null>;
  /** Deletes the user and, by cascade, every row they own. */
  deleteUser(id: string): Promise<void>;
  createSession(session: { idHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** The owner of an unexpired session, or null. */
  findSessionUser(idHash: string, now: Date): Promise<string | null>;
  deleteSession(idHash: string): Promise<void>;
  createToken(token: { id: string; userId: string; name: string; tokenHash: string }): Promise<TokenSummary>;
  listTokens(userId: string): Promise<TokenSummary[]>;
  findTokenUser(tokenHash: string): Promise<string | null>;
  revokeToken(userId: string, id: string): Promise<boolean>;
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
  logAccess(shareId: string, what: string): Promise<void>;
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
}

/** Everything the use cases persist, behind one handle that `openStore` (or the memory store) returns. */
export interface Store {
  readonly kind: 'pglite' | 'postgres' | 'memory';
  journal: JournalRepository;
  accounts: AccountRepository;
  shares: ShareRepository;
  schedules: ScheduleRepository;
  rateLimits: RateLimitRepository;
  /** Resolves when the database answers (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
