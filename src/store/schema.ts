import {
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Assessment, Plan, Schedule } from '../core/assessment';
import type { AssignedPlan } from '../core/plan/assigned-plan';
import type { History } from '../core/situation';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const created = () => tz('created_at').notNull().defaultNow();
const updated = () => tz('updated_at').notNull().defaultNow();
const owner = () =>
  uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

// Keys are ready for Citus (decision 0017, docs/scaling.md): every user-owned table is distributed by user_id, so
// user_id is in its primary key, its unique constraints and its foreign keys; ids are unique per user.

/** Distributed by id (the user_id of every other table). */
export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** null for the implicit local-mode user; unique through `user_emails`. */
  email: text('email'),
  passwordHash: text('password_hash'),
  createdAt: created(),
  /** TOTP secret (base32); set at enrolment, in force once `totpEnabledAt` is set. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: tz('totp_enabled_at'),
  /** The last accepted TOTP time step: a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
  /** Set when the account became a clinician (care-team workspace, decision 0023); null for everyone else. */
  clinicianSince: tz('clinician_since'),
});

/** The unique sign-in emails, distributed by email: a sign-in finds its user on one shard, then the user on another. */
export const userEmails = pgTable('user_emails', {
  email: text('email').primaryKey(),
  userId: uuid('user_id').notNull(),
});

/** Single-use two-factor recovery codes, stored as SHA-256 hashes (they are random, not chosen). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  { codeHash: text('code_hash').notNull(), userId: owner() },
  (t) => [primaryKey({ columns: [t.userId, t.codeHash] })],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').notNull(),
    userId: owner(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: created(),
    lastUsedAt: tz('last_used_at'),
    /** `read` and/or `journal:write`; tokens made before scopes existed have both. */
    scopes: text('scopes').array().notNull().default(['read', 'journal:write']),
    /** null: no expiry (only tokens made before expiries existed). */
    expiresAt: tz('expires_at'),
  },
  // token_hash leads: a bearer token is looked up by its hash alone (an entry lookup, docs/scaling.md).
  (t) => [primaryKey({ columns: [t.userId, t.id] }), unique().on(t.tokenHash, t.userId)],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    idHash: text('id_hash').notNull(),
    /** The public handle of the session (list and revoke); the cookie secret is never shown. */
    id: uuid('id').notNull().defaultRandom(),
    userId: owner(),
    createdAt: created(),
    expiresAt: tz('expires_at').notNull(),
    /** Slides the idle timeout; updated at most once a minute. */
    lastUsedAt: tz('last_used_at').notNull().defaultNow(),
    userAgent: text('user_agent'),
  },
  // id_hash leads: a cookie is looked up by its hash alone (an entry lookup, docs/scaling.md).
  (t) => [primaryKey({ columns: [t.idHash, t.userId] }), unique().on(t.userId, t.id)],
);

export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').notNull(),
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
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('episodes_user_started_id_idx').on(t.userId, t.startedAt, t.id),
  ],
);

export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').notNull(),
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
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index('checkins_user_date_id_idx').on(t.userId, t.date, t.id)],
);

export const massageSessions = pgTable(
  'massage_sessions',
  {
    id: uuid('id').notNull(),
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
    /** massage_sessions_episode_fk: (user_id, episode_id) → episodes, ON DELETE SET NULL (episode_id), deferrable;
     *  drizzle cannot declare either, so it lives only in the migrations (0003, 0004). */
    episodeId: uuid('episode_id'),
    /** The assigned plan it ran (adherence); no foreign key: a plan may be replaced while its sessions stay. */
    assignedPlanId: uuid('assigned_plan_id'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('massage_sessions_user_started_id_idx').on(t.userId, t.startedAt, t.id),
  ],
);

export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').notNull(),
    userId: owner(),
    region: text('region').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    schedule: jsonb('schedule').$type<Schedule>().notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** The optional details for the clinician's report: one row per user, keyed (and distributed) by user_id. */
export const patientProfiles = pgTable('patient_profiles', {
  userId: owner().primaryKey(),
  displayName: text('display_name'),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  identifier: text('identifier'),
  updatedAt: updated(),
});

export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').notNull(),
    userId: owner(),
    tokenHash: text('token_hash').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    label: text('label'),
    createdAt: created(),
    expiresAt: tz('expires_at').notNull(),
    revokedAt: tz('revoked_at'),
  },
  // token_hash leads: a clinician's link is looked up by its hash alone (an entry lookup, docs/scaling.md).
  (t) => [primaryKey({ columns: [t.userId, t.id] }), unique().on(t.tokenHash, t.userId)],
);

export const shareAccessLog = pgTable(
  'share_access_log',
  {
    id: uuid('id').notNull(),
    /** The owner of the link: the log lives on the owner's shard. */
    userId: owner(),
    shareId: uuid('share_id').notNull(),
    at: tz('at').notNull().defaultNow(),
    /** What was fetched (e.g. 'report.pdf'); no IP or user agent: the viewer is not tracked. */
    what: text('what').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    foreignKey({ columns: [t.userId, t.shareId], foreignColumns: [shareLinks.userId, shareLinks.id] }).onDelete(
      'cascade',
    ),
    index('share_access_log_user_share_idx').on(t.userId, t.shareId, t.at),
  ],
);

// The care-team workspace (decision 0023). A link and everything shared through it live with the client (their
// shard, their cascade); the clinician keeps only a mirror of each link, to list their clients on their own shard.

/** One-time invite codes a clinician creates; the code is stored as a SHA-256 hash, like tokens. */
export const careInvites = pgTable(
  'care_invites',
  {
    id: uuid('id').notNull(),
    /** The clinician who made it. */
    userId: owner(),
    codeHash: text('code_hash').notNull(),
    createdAt: created(),
    expiresAt: tz('expires_at').notNull(),
    redeemedAt: tz('redeemed_at'),
    redeemedBy: uuid('redeemed_by'),
  },
  // code_hash leads: a client redeeming a code finds it by its hash alone (an entry lookup, docs/scaling.md).
  (t) => [primaryKey({ columns: [t.userId, t.id] }), unique().on(t.codeHash, t.userId)],
);

/** The client's side of a link: the one every clinician read checks, so revoking here takes effect at once. */
export const careLinks = pgTable(
  'care_links',
  {
    id: uuid('id').notNull(),
    /** The client. */
    userId: owner(),
    clinicianId: uuid('clinician_id').notNull(),
    createdAt: created(),
    revokedAt: tz('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.id] }),
    index('care_links_user_clinician_idx').on(t.userId, t.clinicianId),
  ],
);

/** The clinician's mirror of each link (same id): lists their clients without touching every shard. */
export const clinicianClients = pgTable(
  'clinician_clients',
  {
    id: uuid('id').notNull(),
    /** The clinician. */
    userId: owner(),
    clientId: uuid('client_id').notNull(),
    createdAt: created(),
    revokedAt: tz('revoked_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** Home-care plans a clinician assigns, kept with the client. */
export const assignedPlans = pgTable(
  'assigned_plans',
  {
    id: uuid('id').notNull(),
    /** The client. */
    userId: owner(),
    clinicianId: uuid('clinician_id').notNull(),
    plan: jsonb('plan').$type<AssignedPlan>().notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] })],
);

/** Every clinician read of a client's data, kept with the client, who can read it. */
export const careAuditLog = pgTable(
  'care_audit_log',
  {
    id: uuid('id').notNull(),
    /** The client whose data was read. */
    userId: owner(),
    clinicianId: uuid('clinician_id').notNull(),
    /** What was read: 'insights', 'episodes', 'report', 'dashboard'. */
    resource: text('resource').notNull(),
    at: tz('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.id] }), index('care_audit_log_user_at_idx').on(t.userId, t.at)],
);

/**
 * The clinician dashboard's window (decisions 0028, 0037): per client, the episodes and sessions that started at or
 * after `since` (70 days before the row was built) packed as text records, oldest first, and the latest episode
 * ever. A journal write only marks its user's row `stale` (migration 0010's triggers); the dashboard rebuilds the
 * stale and missing rows of its clients before it reads them. dashboard-reader.ts lists the records' fields.
 */
export const dashboardWindows = pgTable('dashboard_windows', {
  userId: owner().primaryKey(),
  since: tz('since').notNull(),
  episodes: text('episodes'),
  sessions: text('sessions'),
  latest: text('latest'),
  stale: boolean('stale').notNull().default(false),
});

/**
 * Insights' days, kept on write (decision 0036): per user and local day (`left(started_at_text, 10)`), that day's
 * episodes summarised as one packed line (`InsightsDay`, src/core/insights/days.ts): counts, and value → count lists
 * for durations, intensities and pain ratings. Written only by the triggers of migration 0009 on `episodes`, in the
 * writing statement's transaction; insights read a range's lines instead of its episodes.
 */
export const insightsDays = pgTable(
  'insights_days',
  {
    userId: owner(),
    day: text('day').notNull(),
    line: text('line').notNull(),
    /** Set by a write to the day (decision 0036's amendment); the next read rebuilds the line first. */
    stale: boolean('stale').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

/** Fixed-window counters shared by every API process (sign-in and share-link limits). No user data: the key
 *  is the route and the client address; distributed by key. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: tz('reset_at').notNull(),
});

/** Wrong passwords per account (keyed by a hash of the email, known or not), for the sign-in backoff; distributed
 *  by key. */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: tz('locked_until'),
  updatedAt: tz('updated_at').notNull(),
});
