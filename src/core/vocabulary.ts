// zod/mini: the same schemas as classic zod (one core), a quarter of the bytes; the web's verdict and assess pages
// import only these and situation.ts, so the classic API stays out of their bundles (docs/decisions/0021).
import * as z from 'zod/mini';
import {
  CARE_LEVELS,
  CONDITIONS,
  CONTEXTS,
  EPISODE_TYPES,
  FREQUENCIES,
  MASSAGE_LEVELS,
  MEDICATIONS,
  PRESENTATIONS,
  PRESSURES,
  REGIONS,
  RESPONSES,
  SIDES,
  SIGNS,
  TECHNIQUES,
  TOPICS,
} from './vocabulary-lists';

export * from './vocabulary-lists';

export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

/**
 * How the spasm presents: a sudden hard `cramp` that lets go within minutes, or a `tightness` (a tight, sore
 * knot, stiffness or guarding spasm) that lingers for hours or days. Absent reads as `cramp`, the safer reading.
 */
export const PresentationSchema = z.enum(PRESENTATIONS);
export type Presentation = z.infer<typeof PresentationSchema>;

export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const ContextSchema = z.enum(CONTEXTS);
export type Context = z.infer<typeof ContextSchema>;

export const SignSchema = z.enum(SIGNS);
export type Sign = z.infer<typeof SignSchema>;

export const ConditionSchema = z.enum(CONDITIONS);
export type Condition = z.infer<typeof ConditionSchema>;

export const MedicationSchema = z.enum(MEDICATIONS);
export type Medication = z.infer<typeof MedicationSchema>;

export const FrequencySchema = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof FrequencySchema>;

export const ResponseSchema = z.enum(RESPONSES);
export type Response = z.infer<typeof ResponseSchema>;

export const CareLevelSchema = z.enum(CARE_LEVELS);
export type CareLevel = z.infer<typeof CareLevelSchema>;

export const MassageLevelSchema = z.enum(MASSAGE_LEVELS);
export type MassageLevel = z.infer<typeof MassageLevelSchema>;

export const EpisodeTypeSchema = z.enum(EPISODE_TYPES);
export type EpisodeType = z.infer<typeof EpisodeTypeSchema>;

export const TechniqueSchema = z.enum(TECHNIQUES);
export type Technique = z.infer<typeof TechniqueSchema>;

export const PressureSchema = z.enum(PRESSURES);
export type Pressure = z.infer<typeof PressureSchema>;

export const TopicIdSchema = z.enum(TOPICS);
export type TopicId = z.infer<typeof TopicIdSchema>;
