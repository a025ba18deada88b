import type { CheckIn, Episode, SessionRecord } from '../core/journal';
import type { CheckInRecord, EpisodeRecord, SessionRecordStored } from '../core/journal-repository';
import type { checkins, episodes, massageSessions } from './schema';

type EpisodeRow = typeof episodes.$inferSelect;
type CheckInRow = typeof checkins.$inferSelect;
type SessionRow = typeof massageSessions.$inferSelect;

/** Copies only the keys whose value is not null, so optional fields stay absent (exactOptionalPropertyTypes). */
function pickPresent<T extends object>(source: Record<string, unknown>, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out as Partial<T>;
}

const stamps = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function toEpisodeRow(userId: string, e: Episode) {
  return {
    id: e.id,
    userId,
    startedAt: new Date(e.startedAt),
    startedAtText: e.startedAt,
    region: e.region,
    side: e.side ?? null,
    durationMinutes: e.durationMinutes ?? null,
    intensity: e.intensity ?? null,
    context: [...e.context],
    signs: [...e.signs],
    history: e.history ?? null,
    actions: [...e.actions],
    painBefore: e.painBefore ?? null,
    painAfter: e.painAfter ?? null,
    response: e.response ?? null,
    notes: e.notes ?? null,
    // An explicit null and an absent assessment mean the same ("none"); both are stored as SQL NULL.
    assessment: e.assessment ?? null,
  };
}

export function fromEpisodeRow(row: EpisodeRow): EpisodeRecord {
  const optional = pickPresent<Episode>(row as unknown as Record<string, unknown>, [
    'side',
    'durationMinutes',
    'intensity',
    'history',
    'painBefore',
    'painAfter',
    'response',
    'notes',
    'assessment',
  ]);
  return {
    id: row.id,
    startedAt: row.startedAtText,
    region: row.region as Episode['region'],
    context: row.context as Episode['context'],
    signs: row.signs as Episode['signs'],
    actions: row.actions as Episode['actions'],
    ...optional,
    ...stamps(row),
  } as EpisodeRecord;
}

export function toCheckInRow(userId: string, c: CheckIn) {
  return {
    id: c.id,
    userId,
    date: c.date,
    fluidsLitres: c.fluidsLitres ?? null,
    exerciseMinutes: c.exerciseMinutes ?? null,
    exerciseIntensity: c.exerciseIntensity ?? null,
    sleepHours: c.sleepHours ?? null,
    stress: c.stress ?? null,
    heatExposure: c.heatExposure ?? null,
    coldExposure: c.coldExposure ?? null,
    alcoholUnits: c.alcoholUnits ?? null,
    notes: c.notes ?? null,
  };
}

export function fromCheckInRow(row: CheckInRow): CheckInRecord {
  const optional = pickPresent<CheckIn>(row as unknown as Record<string, unknown>, [
    'fluidsLitres',
    'exerciseMinutes',
    'exerciseIntensity',
    'sleepHours',
    'stress',
    'heatExposure',
    'coldExposure',
    'alcoholUnits',
    'notes',
  ]);
  return { id: row.id, date: row.date, ...optional, ...stamps(row) } as CheckInRecord;
}

export function toSessionRow(userId: string, s: SessionRecord) {
  return {
    id: s.id,
    userId,
    startedAt: new Date(s.startedAt),
    startedAtText: s.startedAt,
    endedAtText: s.endedAt ?? null,
    region: s.region,
    massage: s.massage,
    plan: s.plan,
    stepsCompleted: s.stepsCompleted,
    painBefore: s.painBefore ?? null,
    painAfter: s.painAfter ?? null,
    stoppedEarly: s.stoppedEarly,
    stopReason: s.stopReason ?? null,
    episodeId: s.episodeId ?? null,
    assignedPlanId: s.assignedPlanId ?? null,
  };
}

export function fromSessionRow(row: SessionRow): SessionRecordStored {
  const optional = pickPresent<SessionRecord>(row as unknown as Record<string, unknown>, [
    'painBefore',
    'painAfter',
    'stopReason',
    'episodeId',
    'assignedPlanId',
  ]);
  return {
    id: row.id,
    startedAt: row.startedAtText,
    ...(row.endedAtText === null ? {} : { endedAt: row.endedAtText }),
    region: row.region as SessionRecord['region'],
    massage: row.massage as SessionRecord['massage'],
    plan: row.plan,
    stepsCompleted: row.stepsCompleted,
    stoppedEarly: row.stoppedEarly,
    ...optional,
    ...stamps(row),
  } as SessionRecordStored;
}
