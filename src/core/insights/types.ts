import { z } from 'zod';
import { DaySchema } from '../journal';
import { RegionSchema } from '../vocabulary';

/** The minimum samples below which Knead shows counts but no rate, trend or risk ("no claims from too little data"). */
export const MINIMUM_SAMPLE = {
  /** Trigger association: days with the factor, and days without it. */
  triggerDaysPerGroup: 7,
  /** Trigger association: days with at least one episode, across both groups. */
  triggerEpisodeDays: 5,
  /** Massage effectiveness: rated uses of a technique (pain before and after). */
  effectRatings: 3,
  /** Intensity trend: episodes with an intensity, spread over at least two weeks. */
  trendEpisodes: 6,
  /** Weekly rate: days the period spans (two episodes on one day are not "14 a week"). */
  rateDays: 7,
} as const;

const Count = z.number().int().nonnegative();
const Nullable = z.number().nullable();

export const InsufficientDataSchema = z.object({
  status: z.literal('insufficient-data'),
  needed: z.record(z.string(), z.number()),
  have: z.record(z.string(), z.number()),
  reason: z.string().optional(),
});
export type InsufficientData = z.infer<typeof InsufficientDataSchema>;

export const PeriodSummarySchema = z.object({
  period: z.string(),
  start: DaySchema,
  episodes: Count,
  /** Null while the period spans fewer than `MINIMUM_SAMPLE.rateDays` days. */
  perWeek: Nullable,
  medianDurationMinutes: Nullable,
  p90DurationMinutes: Nullable,
  meanIntensity: Nullable,
});
export type PeriodSummary = z.infer<typeof PeriodSummarySchema>;

export const IntensityTrendSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    slopePerMonth: z.number(),
    direction: z.enum(['rising', 'falling', 'stable']),
    episodes: Count,
  }),
  InsufficientDataSchema,
]);

export const TriggerAssociationSchema = z.object({
  factor: z.string(),
  kind: z.enum(['context', 'checkin']),
  /** Episodes that listed this context (contexts only), shown whatever the sample. */
  episodesWithFactor: Count,
  result: z.discriminatedUnion('status', [
    z.object({
      status: z.literal('ok'),
      daysWith: Count,
      episodeDaysWith: Count,
      rateWith: z.number(),
      daysWithout: Count,
      episodeDaysWithout: Count,
      rateWithout: z.number(),
      relativeRisk: z.number(),
      ci95: z.object({ lower: z.number(), upper: z.number() }),
    }),
    InsufficientDataSchema,
  ]),
});
export type TriggerAssociation = z.infer<typeof TriggerAssociationSchema>;

export const EffectivenessSchema = z.object({
  key: z.string(),
  ratings: Count,
  result: z.discriminatedUnion('status', [
    z.object({
      status: z.literal('ok'),
      meanPainDrop: z.number(),
      medianPainDrop: z.number(),
      improvedShare: z.number(),
    }),
    InsufficientDataSchema,
  ]),
});
export type Effectiveness = z.infer<typeof EffectivenessSchema>;

export const ALERT_IDS = ['more-frequent', 'long-episodes', 'not-improving', 'worse-after-massage'] as const;

export const EscalationAlertSchema = z.object({
  id: z.enum(ALERT_IDS),
  care: z.literal('consultation'),
  text: z.string(),
  recommendation: z.string(),
  evidence: z.string(),
  source: z.string(),
  /** The finding's counts behind the words (AlertFinding without id and source), so a reader can word the alert in
   *  another language: `rewordEscalationAlert`. */
  facts: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});
export type EscalationAlert = z.infer<typeof EscalationAlertSchema>;

/** What an escalation check found, as counts: the app and the clinician report each put it in their own words. */
export type AlertFinding = { source: string } & (
  | { id: 'more-frequent'; recent: number; previous: number; windowDays: number }
  | { id: 'long-episodes'; long: number; legEpisodes: number; latestDay: string; longestMinutes: number }
  | { id: 'not-improving'; massageDays: number; windowDays: number; episodesSince: number }
  | { id: 'worse-after-massage'; episodes: number; massagedEpisodes: number; sessions: number; totalSessions: number }
);

/** What `summariseJournal` returns (and GET /api/v1/insights answers). */
export const InsightsSchema = z.object({
  range: z.object({ from: DaySchema.nullable(), to: DaySchema.nullable(), days: Count }),
  totals: z.object({
    episodes: Count,
    checkins: Count,
    sessions: Count,
    perWeek: Nullable,
    medianDurationMinutes: Nullable,
    p90DurationMinutes: Nullable,
    meanIntensity: Nullable,
  }),
  weekly: z.array(PeriodSummarySchema),
  monthly: z.array(PeriodSummarySchema),
  intensityTrend: IntensityTrendSchema,
  regions: z.array(z.object({ region: RegionSchema, count: Count, share: z.number() })),
  timeOfDay: z.object({
    night: Count,
    morning: Count,
    afternoon: Count,
    evening: Count,
    nightShare: Nullable,
  }),
  triggers: z.array(TriggerAssociationSchema),
  massage: z.object({ byAction: z.array(EffectivenessSchema), bySession: z.array(EffectivenessSchema) }),
  alerts: z.array(EscalationAlertSchema),
  minimumSample: z.object({
    triggerDaysPerGroup: Count,
    triggerEpisodeDays: Count,
    effectRatings: Count,
    trendEpisodes: Count,
    rateDays: Count,
  }),
});
export type Insights = z.infer<typeof InsightsSchema>;
