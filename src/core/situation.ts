import { z } from 'zod';
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
  frequency: FrequencySchema.optional(),
  conditions: z.array(ConditionSchema).optional(),
  medications: z.array(MedicationSchema).optional(),
  previousMassage: ResponseSchema.optional(),
  selfCareDays: z.number().int().min(0).max(36500).optional(),
});
export type History = z.infer<typeof HistorySchema>;

/** The assessment input (DESIGN.md "The assessment contract"). Unknown keys are rejected. */
export const SituationSchema = z.strictObject({
  region: RegionSchema,
  side: SideSchema.optional(),
  ongoing: z.boolean().optional(),
  durationMinutes: z.number().min(0).max(525600).optional(),
  intensity: z.number().int().min(0).max(10).optional(),
  context: z.array(ContextSchema).optional(),
  signs: z.array(SignSchema).optional(),
  history: HistorySchema.optional(),
  presentation: PresentationSchema.optional().describe(
    'cramp: a sudden, hard tightening that lets go within minutes (the default, and the safer reading); tightness: a tight, sore knot or stiffness that lingers for hours or days (the 10- and 60-minute cramp rules do not apply)',
  ),
  age: z
    .number()
    .int()
    .min(0)
    .max(120)
    .optional()
    .describe('Age in whole years; used for the back-pain age flags and children'),
});
export type Situation = z.infer<typeof SituationSchema>;
