import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Assessment, Plan, Schedule } from '../core/assessment';
import type { History } from '../core/situation';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => tz('created_at').notNull().defaultNow();
const updated = () => tz('updated_at').notNull().defaultNow();
const owner = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** null for the implicit local-mode user. */
  email: text('email').unique(),
  passwordHash: text('password_hash'),
  createdAt: created(),
  /** TOTP secret (base32); set at enrolment, in force once `totpEnabledAt` is set. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: tz('totp_enabled_at'),
  /** The last accepted TOTP time step: a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
});

/** Single-use two-factor recovery codes, stored as SHA-256 hashes (they are random, not chosen). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  { codeHash: text('code_hash').primaryKey(), userId: owner() },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: created(),
    lastUsedAt: tz('last_used_at'),
    /** `read` and/or `journal:write`; tokens made before scopes existed have both. */
    scopes: text('scopes').array().notNull().default(['read', 'journal:write']),
    /** null: no expiry (only tokens made before expiries existed). */
    expiresAt: tz('expires_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    /** The public handle of the session (list and revoke); the cookie secret is never shown. */
    id: uuid('id').notNull().unique().defaultRandom(),
    userId: owner(),
    createdAt: created(),
    expiresAt: tz('expires_at').notNull(),
    /** Slides the idle timeout; updated at most once a minute. */
    lastUsedAt: tz('last_used_at').notNull().defaultNow(),
    userAgent: text('user_agent'),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    startedAt: tz('started_at').notNull(),
    /** The instant exactly as the client wrote it: keeps the local offset (night cramps) and makes export lossless. */
    startedAtText: text('started_at_text').notNull(),
    region: text('region').notNull(),
    side: text('side'),
    durationMinutes: doublePrecision('duration_minutes'),
    intensity: smallint('intensity'),
    context: text('context').array().notNull(),
    signs: text('signs').array().notNull(),
    history: jsonb('history').$type<History>(),
    actions: text('actions').array().notNull(),
    painBefore: smallint('pain_before'),
    painAfter: smallint('pain_after'),
    response: text('response'),
    notes: text('notes'),
    assessment: jsonb('assessment').$type<Assessment | null>(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('episodes_user_started_idx').on(t.userId, t.startedAt)],
);

export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    date: date('date', { mode: 'string' }).notNull(),
    fluidsLitres: doublePrecision('fluids_litres'),
    exerciseMinutes: integer('exercise_minutes'),
    exerciseIntensity: text('exercise_intensity'),
    sleepHours: doublePrecision('sleep_hours'),
    stress: smallint('stress'),
    heatExposure: boolean('heat_exposure'),
    coldExposure: boolean('cold_exposure'),
    alcoholUnits: doublePrecision('alcohol_units'),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('checkins_user_date_idx').on(t.userId, t.date)],
);

export const massageSessions = pgTable(
  'massage_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    startedAt: tz('started_at').notNull(),
    startedAtText: text('started_at_text').notNull(),
    endedAtText: text('ended_at_text'),
    region: text('region').notNull(),
    massage: text('massage').notNull(),
    plan: jsonb('plan').$type<Plan>().notNull(),
    stepsCompleted: integer('steps_completed').notNull(),
    painBefore: smallint('pain_before'),
    painAfter: smallint('pain_after'),
    stoppedEarly: boolean('stopped_early').notNull(),
    stopReason: text('stop_reason'),
    episodeId: uuid('episode_id'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('massage_sessions_user_started_idx').on(t.userId, t.startedAt)],
);

export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    region: text('region').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    schedule: jsonb('schedule').$type<Schedule>().notNull(),
    createdAt: created(),
  },
  (t) => [index('schedules_user_idx').on(t.userId)],
);

export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').primaryKey(),
    userId: owner(),
    tokenHash: text('token_hash').notNull().unique(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    label: text('label'),
    createdAt: created(),
    expiresAt: tz('expires_at').notNull(),
    revokedAt: tz('revoked_at'),
  },
  (t) => [index('share_links_user_idx').on(t.userId)],
);

export const shareAccessLog = pgTable(
  'share_access_log',
  {
    id: uuid('id').primaryKey(),
    shareId: uuid('share_id')
      .notNull()
      .references(() => shareLinks.id, { onDelete: 'cascade' }),
    at: tz('at').notNull().defaultNow(),
    /** What was fetched (e.g. 'report.pdf'); no IP or user agent: the viewer is not tracked. */
    what: text('what').notNull(),
  },
  (t) => [index('share_access_log_share_idx').on(t.shareId, t.at)],
);

/** Fixed-window counters shared by every API process (sign-in and share-link limits). No user data: the key
 *  is the route and the client address. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: tz('reset_at').notNull(),
});

/** Wrong passwords per account (keyed by a hash of the email, known or not), for the sign-in backoff. */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: tz('locked_until'),
  updatedAt: tz('updated_at').notNull(),
});
