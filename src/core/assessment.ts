import { z } from 'zod';
import {
  CareLevelSchema,
  EpisodeTypeSchema,
  type MassageLevel,
  MassageLevelSchema,
  PressureSchema,
  RegionSchema,
  type Technique,
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

/** Techniques a `gentle` permission never allows (DESIGN.md plan rules); nor does it ever allow firm pressure. */
export const GENTLE_FORBIDDEN_TECHNIQUES: readonly Technique[] = [
  'friction',
  'trigger-point',
  'deep-tissue',
  'petrissage',
];

export const PlanSchema = z
  .strictObject({
    region: RegionSchema,
    massage: z.enum(['gentle', 'full']),
    temperature: z.enum(['heat', 'cold']),
    steps: z.array(PlanStepSchema).min(1),
    handsOnMinutes: z.number().nonnegative(),
    stopRule: CitedTextSchema,
  })
  .superRefine((plan, ctx) => {
    if (plan.massage !== 'gentle') return;
    for (const [index, step] of plan.steps.entries()) {
      if (GENTLE_FORBIDDEN_TECHNIQUES.includes(step.technique)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'technique'],
          message: `${step.technique} is not gentle`,
        });
      }
      if (step.pressure === 'firm') {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'pressure'], message: 'firm pressure is not gentle' });
      }
    }
  });
export type Plan = z.infer<typeof PlanSchema>;

type PlanIssue = { path: (string | number)[]; message: string };

/**
 * Why a plan may not be kept under a massage permission: none under `avoid`, only a gentle plan under `gentle`.
 * @example planPermissionIssues('avoid', null) // []
 */
export function planPermissionIssues(massage: MassageLevel, plan: Plan | null): PlanIssue[] {
  if (plan === null) return [];
  if (massage === 'avoid') return [{ path: ['plan'], message: 'massage is avoid: no plan may be kept' }];
  if (massage === 'gentle' && plan.massage !== 'gentle') {
    return [{ path: ['plan', 'massage'], message: 'massage is gentle: the plan must be gentle' }];
  }
  return [];
}

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
export const AssessmentSchema = z
  .strictObject({
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
  })
  .superRefine((assessment, ctx) => {
    for (const issue of planPermissionIssues(assessment.massage, assessment.plan))
      ctx.addIssue({ code: 'custom', ...issue });
  });
export type Assessment = z.infer<typeof AssessmentSchema>;
