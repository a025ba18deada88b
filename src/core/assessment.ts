import { z } from 'zod';
import {
  CareLevelSchema,
  EpisodeTypeSchema,
  MassageLevelSchema,
  PressureSchema,
  RegionSchema,
  TechniqueSchema,
} from './vocabulary';

/** A cited statement: what to tell the person, and where it comes from. */
export const CitedTextSchema = z.strictObject({
  text: z.string().min(1),
  source: z.string().min(1),
});
export type CitedText = z.infer<typeof CitedTextSchema>;

/** One rule that fired, so the verdict can be explained and audited. `id` is the rule id. */
export const ReasonSchema = z.strictObject({
  id: z.string().min(1),
  axis: z.enum(['care', 'massage', 'info']),
  text: z.string().min(1),
  source: z.string().min(1),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** A likely contributing factor (one of the article's causes), ranked, with why it applies. */
export const FactorSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  why: z.string().min(1),
  source: z.string().min(1),
});
export type Factor = z.infer<typeof FactorSchema>;

export const AvoidItemSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  source: z.string().min(1),
});
export type AvoidItem = z.infer<typeof AvoidItemSchema>;

export const HoldSchema = z.strictObject({
  minSeconds: z.number().int().positive(),
  maxSeconds: z.number().int().positive(),
});

export const PlanStepSchema = z.strictObject({
  technique: TechniqueSchema,
  title: z.string().min(1),
  instructions: z.string().min(1),
  pressure: PressureSchema,
  durationSeconds: z.number().int().nonnegative(),
  hold: HoldSchema.optional(),
  repetitions: z.number().int().positive().optional(),
  cautions: z.array(z.string().min(1)),
  source: z.string().min(1),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const PlanSchema = z.strictObject({
  region: RegionSchema,
  massage: z.enum(['gentle', 'full']),
  temperature: z.enum(['heat', 'cold']),
  steps: z.array(PlanStepSchema).min(1),
  handsOnMinutes: z.number().nonnegative(),
  stopRule: CitedTextSchema,
});
export type Plan = z.infer<typeof PlanSchema>;

export const SCHEDULE_GUIDELINES = ['mild', 'moderate-severe', 'after-exercise', 'chronic'] as const;

/** How often to repeat self-care (the article's frequency guidance), as data the .ics export uses. */
export const ScheduleSchema = z.strictObject({
  guideline: z.enum(SCHEDULE_GUIDELINES),
  text: z.string().min(1),
  source: z.string().min(1),
  sessionsPerDay: z.number().int().min(0),
  sessionMinutes: z.number().int().min(0),
  /** Days between reminder days: 1 daily, 7 weekly, 14 every two weeks. */
  intervalDays: z.number().int().min(1),
  /** How many reminder days to schedule. */
  occurrences: z.number().int().min(1),
  stopRule: CitedTextSchema,
});
export type Schedule = z.infer<typeof ScheduleSchema>;

/** The assessment output (DESIGN.md "The assessment contract"). */
export const AssessmentSchema = z.strictObject({
  care: CareLevelSchema,
  massage: MassageLevelSchema,
  episodeType: EpisodeTypeSchema,
  reasons: z.array(ReasonSchema).min(1),
  factors: z.array(FactorSchema),
  avoid: z.array(AvoidItemSchema),
  expectedDuration: CitedTextSchema,
  worryIf: z.array(CitedTextSchema).min(1),
  plan: PlanSchema.nullable(),
  schedule: ScheduleSchema.nullable(),
  disclaimer: z.string().min(1),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
