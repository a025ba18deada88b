import * as z from 'zod/mini';
import {
  ConditionSchema,
  ContextSchema,
  FrequencySchema,
  MedicationSchema,
  PresentationSchema,
  RegionSchema,
  ResponseSchema,
  SideSchema,
  SignSchema,
} from './vocabulary';

export const HistorySchema = z.strictObject({
  frequency: z.optional(FrequencySchema),
  conditions: z.optional(z.array(ConditionSchema)),
  medications: z.optional(z.array(MedicationSchema)),
  previousMassage: z.optional(ResponseSchema),
  selfCareDays: z.optional(z.int().check(z.minimum(0), z.maximum(36500))),
});
export type History = z.infer<typeof HistorySchema>;

/** The assessment input (DESIGN.md "The assessment contract"). Unknown keys are rejected. */
export const SituationSchema = z.strictObject({
  region: RegionSchema,
  side: z.optional(SideSchema),
  ongoing: z.optional(z.boolean()),
  durationMinutes: z.optional(z.number().check(z.minimum(0), z.maximum(525600))),
  intensity: z.optional(z.int().check(z.minimum(0), z.maximum(10))),
  context: z.optional(z.array(ContextSchema)),
  signs: z.optional(z.array(SignSchema)),
  history: z.optional(HistorySchema),
  presentation: z
    .optional(PresentationSchema)
    .check(
      z.describe(
        'cramp: a sudden, hard tightening that lets go within minutes (the default, and the safer reading); tightness: a tight, sore knot or stiffness that lingers for hours or days (the 10- and 60-minute cramp rules do not apply)',
      ),
    ),
  age: z
    .optional(z.int().check(z.minimum(0), z.maximum(120)))
    .check(z.describe('Age in whole years; used for the back-pain age flags and children')),
});
export type Situation = z.infer<typeof SituationSchema>;
