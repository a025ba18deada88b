import { z } from 'zod';
import { AssessmentSchema, PlanSchema, planPermissionIssues } from './assessment';
import { HistorySchema } from './situation';
import { ContextSchema, MassageLevelSchema, RegionSchema, ResponseSchema, SideSchema, SignSchema } from './vocabulary';
import { ACTIONS } from './vocabulary-lists';

/** Client-generated ids (UUIDv7 preferred) let an offline client retry a create without duplicates. */
export const IdSchema = z.uuid();
/** ISO 8601 date-time with an offset or Z, e.g. 2026-11-24T02:10:00+01:00. */
export const InstantSchema = z.iso.datetime({ offset: true });
/** A calendar day, YYYY-MM-DD. */
export const DaySchema = z.iso.date();
/** An inclusive range of calendar days (insights, reports): the one check the API and the CLI both apply. */
export const DayRangeSchema = z.strictObject({ from: DaySchema.optional(), to: DaySchema.optional() });
const Pain = z.number().int().min(0).max(10);
const Notes = z.string().max(4000);

export { ACTIONS };
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

/** An episode as written by a client: the Situation's fields plus what happened. */
export const EpisodeInputSchema = z.strictObject({
  id: IdSchema,
  startedAt: InstantSchema,
  region: RegionSchema,
  side: z.optional(SideSchema),
  durationMinutes: z.number().min(0).max(525600).optional(),
  intensity: Pain.optional(),
  context: z.array(ContextSchema).default([]),
  signs: z.array(SignSchema).default([]),
  history: z.optional(HistorySchema),
  actions: z.array(ActionSchema).default([]),
  painBefore: Pain.optional(),
  painAfter: Pain.optional(),
  response: z.optional(ResponseSchema),
  notes: Notes.optional(),
  assessment: AssessmentSchema.nullable().optional(),
});
export type EpisodeInput = z.input<typeof EpisodeInputSchema>;
export type Episode = z.infer<typeof EpisodeInputSchema>;

/** How far ahead of the checking clock a start may be: the phone's or the server's clock may run a little fast. */
export const START_CLOCK_SKEW_MINUTES = 5;
export const FUTURE_START_MESSAGE = `must not be in the future (at most ${START_CLOCK_SKEW_MINUTES} minutes ahead of now)`;

/**
 * Whether an episode's start lies in the future, beyond the clock-skew allowance.
 * @example startsInFuture('2031-01-01T00:00:00Z', Date.parse('2026-01-01T00:00:00Z')) // true
 */
export function startsInFuture(startedAt: string, now: number = Date.now()): boolean {
  return Date.parse(startedAt) > now + START_CLOCK_SKEW_MINUTES * 60_000;
}

/**
 * An episode being written now (API create and replace, `knead log`, the web form): the record, with a start
 * that has already happened. Stored records and restored backups are read with EpisodeInputSchema, as they are.
 */
export const EpisodeWriteSchema = EpisodeInputSchema.extend({
  startedAt: InstantSchema.refine((startedAt) => !startsInFuture(startedAt), { message: FUTURE_START_MESSAGE }),
});

export const EXERCISE_INTENSITIES = ['none', 'light', 'moderate', 'hard'] as const;

/** An optional daily check-in: the factors the trigger analysis compares. */
export const CheckInInputSchema = z.strictObject({
  id: IdSchema,
  date: DaySchema,
  fluidsLitres: z.number().min(0).max(20).optional(),
  exerciseMinutes: z.number().int().min(0).max(1440).optional(),
  exerciseIntensity: z.enum(EXERCISE_INTENSITIES).optional(),
  sleepHours: z.number().min(0).max(24).optional(),
  stress: Pain.optional(),
  heatExposure: z.boolean().optional(),
  coldExposure: z.boolean().optional(),
  alcoholUnits: z.number().min(0).max(100).optional(),
  notes: Notes.optional(),
});
export type CheckIn = z.infer<typeof CheckInInputSchema>;

/** A guided massage session as it was run: it ends after it starts, and its plan fits its massage permission. */
export const SessionInputSchema = z
  .strictObject({
    id: IdSchema,
    startedAt: InstantSchema,
    endedAt: InstantSchema.optional(),
    region: RegionSchema,
    massage: MassageLevelSchema,
    plan: PlanSchema,
    stepsCompleted: z.number().int().min(0),
    painBefore: Pain.optional(),
    painAfter: Pain.optional(),
    stoppedEarly: z.boolean().default(false),
    stopReason: z.enum(['worse', 'user']).optional(),
    episodeId: IdSchema.optional(),
    /** The therapist's plan this session ran (counts toward that plan's adherence). */
    assignedPlanId: IdSchema.optional(),
  })
  .superRefine((session, ctx) => {
    if (session.endedAt !== undefined && Date.parse(session.endedAt) < Date.parse(session.startedAt)) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'must not be before startedAt' });
    }
    for (const issue of planPermissionIssues(session.massage, session.plan)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type SessionRecord = z.infer<typeof SessionInputSchema>;
