import { assessSituation } from '../core/assess/assess-situation';
import type { AssessmentWording } from '../core/assess/assessment-wording';
import type { Assessment } from '../core/assessment';
import type { Insights, InsightsRange } from '../core/insights/index';
import { type CheckIn, DayRangeSchema, type Episode, type SessionRecord } from '../core/journal';
import type { CheckInRecord, EpisodeRecord, SessionRecordStored } from '../core/journal-repository';
import { compactProfile, type PatientProfile, PatientProfileSchema } from '../core/patient-profile';
import type { RateLimitHit, Store } from '../core/repositories';
import type { Situation } from '../core/situation';
import { type AccountUseCases, createAccountUseCases, type PasswordHasher } from './accounts';
import { type AssignedPlanUseCases, createAssignedPlanUseCases } from './assigned-plans';
import { type BackupUseCases, createBackupUseCases } from './backup-use-cases';
import { type CareTeamUseCases, createCareTeamUseCases } from './care-team';
import { AppError, parseOrThrow } from './errors';
import { type InsightsAnalyser, inProcessAnalyser } from './insights-analyser';
import { createResourceUseCases, type ResourceUseCases } from './journal-use-cases';
import { createReportUseCases, type ReportUseCases } from './report/report-use-cases';
import { createShareUseCases, type ShareUseCases } from './report/share-use-cases';

/** The single user of local mode (no accounts): every journal row belongs to this id. */
export const LOCAL_USER_ID = '6b6e6561-6400-4000-8000-000000000001';

export type KneadMode = 'local' | 'server';

/** The one typed surface the HTTP server and the CLI both call (Actual Budget's handlers pattern). */
export interface Knead extends BackupUseCases {
  readonly mode: KneadMode;
  readonly store: Store;
  /** The assessment, in today's English unless a wording says otherwise (core's assessmentWordingIn). */
  assess(situation: Situation, wording?: AssessmentWording): Assessment;
  episodes: ResourceUseCases<Episode, EpisodeRecord>;
  checkins: ResourceUseCases<CheckIn, CheckInRecord>;
  sessions: ResourceUseCases<SessionRecord, SessionRecordStored>;
  insights(userId: string, range?: InsightsRange): Promise<Insights>;
  /** Deletes the user's journal, schedules, share links and report profile; the account stays. */
  deleteMyData(userId: string): Promise<void>;
  /** The details the person gave for their clinician's report (name, date of birth, identifier). */
  profile: {
    get(userId: string): Promise<PatientProfile>;
    /** Validates and replaces the whole profile; an empty or missing field is cleared. */
    save(userId: string, input: unknown): Promise<PatientProfile>;
  };
  accounts: AccountUseCases;
  /** Clinician report (PDF/HTML), CSV import, schedule .ics. */
  reports: ReportUseCases;
  /** Read-only report links for clinicians (accounts mode). */
  shares: ShareUseCases;
  /** The care-team workspace (accounts mode): clinicians, invites, links, the dashboard, the audit log. */
  careTeam: CareTeamUseCases;
  /** Plans clinicians assign, and the client's gated "Your therapist's plan". */
  assignedPlans: AssignedPlanUseCases;
  /** Counts one hit on a rate-limit key in the shared database (every API process sees the same count). */
  hitRateLimit(key: string, windowMs: number): Promise<RateLimitHit>;
  /** Resolves when the database answers. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export interface KneadOptions {
  store: Store;
  mode: KneadMode;
  now?: () => Date;
  /** The password hash (argon2id unless a test counts calls). */
  hasher?: PasswordHasher | undefined;
  /** Accounts mode: minutes without a request before a session ends (default 30). */
  sessionIdleMinutes?: number | undefined;
  /** Where insights are analysed (default in-process; `knead serve` uses a worker thread for large journals). */
  insightsAnalyser?: InsightsAnalyser | undefined;
}

const MAX_INSIGHT_DAYS = 36_600;

/** A 100-year window at most: the analysis walks every day of the range. */
function checkInsightsRange(range: InsightsRange): void {
  const from = range.from ? Date.parse(range.from) : Number.NaN;
  const to = range.to ? Date.parse(range.to) : Number.NaN;
  const earliest = Date.parse('1900-01-01');
  for (const [path, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!Number.isNaN(value) && value < earliest) {
      throw new AppError('validation-failed', 400, 'the range starts too early', [
        { path, message: 'must be 1900-01-01 or later' },
      ]);
    }
  }
  if (!Number.isNaN(from) && !Number.isNaN(to) && (to - from) / 86_400_000 > MAX_INSIGHT_DAYS) {
    throw new AppError('validation-failed', 400, 'the range is too long', [
      { path: 'to', message: 'at most 100 years after from' },
    ]);
  }
}

/** Wires the use cases over a store. In local mode the implicit user is created once here. */
export async function createKnead({
  store,
  mode,
  now = () => new Date(),
  hasher,
  sessionIdleMinutes,
  insightsAnalyser = inProcessAnalyser,
}: KneadOptions): Promise<Knead> {
  if (mode === 'local') await store.accounts.ensureUser(LOCAL_USER_ID);
  const { journal } = store;
  const reports = createReportUseCases(store, now);
  const careTeam = createCareTeamUseCases(store, now);
  return {
    mode,
    store,
    assess: assessSituation,
    episodes: createResourceUseCases(journal.episodes, 'episode'),
    checkins: createResourceUseCases(journal.checkins, 'check-in'),
    sessions: createResourceUseCases(journal.sessions, 'session'),
    ...createBackupUseCases(journal, store.profiles, now),
    async insights(userId, range = {}) {
      checkInsightsRange(parseOrThrow(DayRangeSchema, range, 'range'));
      return insightsAnalyser.analyse(await store.insights.readPacked(userId, range), range);
    },
    async deleteMyData(userId) {
      await journal.deleteAll(userId);
      await store.schedules.deleteAll(userId);
      await store.shares.deleteAll(userId);
      await store.profiles.deleteAll(userId);
      await store.careTeam.deleteAll(userId);
    },
    profile: {
      get: async (userId) => (await store.profiles.get(userId)) ?? {},
      save: (userId, input) =>
        store.profiles.save(userId, compactProfile(parseOrThrow(PatientProfileSchema, input, 'profile'))),
    },
    accounts: createAccountUseCases(store.accounts, store.rateLimits, { now, hasher, idleMinutes: sessionIdleMinutes }),
    reports,
    shares: createShareUseCases(store, reports, now),
    careTeam,
    assignedPlans: createAssignedPlanUseCases(store, careTeam, now),
    hitRateLimit: (key, windowMs) => store.rateLimits.hit(key, windowMs, now()),
    async isReady() {
      try {
        await store.ping();
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await insightsAnalyser.close();
      await store.close();
    },
  };
}
