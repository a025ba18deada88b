// zod/mini: the same schemas as classic zod (one core), a quarter of the bytes; the web's verdict and assess pages
// import only these and situation.ts, so the classic API stays out of their bundles (docs/decisions/0021).
import * as z from 'zod/mini';
import { CONTEXTS, REGIONS, RESPONSES } from './vocabulary-lists';

export { CONTEXTS, REGIONS, RESPONSES };

export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

/** The spine regions, where back- and neck-pain red flags (NICE CKS) apply. */
export const SPINE_REGIONS = ['neck', 'upper-back', 'lower-back'] as const satisfies readonly Region[];

/**
 * How the spasm presents: a sudden hard `cramp` that lets go within minutes, or a `tightness` (a tight, sore
 * knot, stiffness or guarding spasm) that lingers for hours or days. Absent reads as `cramp`, the safer reading.
 */
export const PRESENTATIONS = ['cramp', 'tightness'] as const;
export const PresentationSchema = z.enum(PRESENTATIONS);
export type Presentation = z.infer<typeof PresentationSchema>;

/** Regions where a swollen, warm or red limb may mean a clot (DESIGN.md). */
export const LEG_REGIONS = ['calf', 'shin', 'thigh-front', 'thigh-back', 'foot'] as const satisfies readonly Region[];

export const SIDES = ['left', 'right', 'both', 'center'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

export const ContextSchema = z.enum(CONTEXTS);
export type Context = z.infer<typeof ContextSchema>;

export const SIGNS = [
  'swelling',
  'redness',
  'warmth',
  'bruising',
  'extreme-tenderness',
  'deformity',
  'cannot-bear-weight',
  'open-wound',
  'numbness',
  'tingling',
  'weakness',
  'radiating-pain',
  'multiple-muscle-groups',
  'tingling-around-mouth',
  'hand-foot-spasm',
  'dark-urine',
  'fever',
  'chest-pain',
  'breathing-difficulty',
  'confusion',
  'jaw-stiffness',
  'difficulty-swallowing',
  'saddle-numbness',
  'bladder-bowel-change',
  'pain-worse-during-massage',
  'severe-headache',
  'rash',
  'involuntary-twisting',
  'spreading-bruise',
  'tight-swelling',
  'pain-out-of-proportion',
  'progressive-weakness',
  'weight-loss',
  'unrelenting-pain',
  'no-sweating',
] as const;
export const SignSchema = z.enum(SIGNS);
export type Sign = z.infer<typeof SignSchema>;

export const CONDITIONS = [
  'diabetes',
  'thyroid',
  'kidney',
  'liver',
  'nerve-disorder',
  'dystonia',
  'muscular-dystrophy',
  'multiple-sclerosis',
  'fibromyalgia',
  'peripheral-artery-disease',
  'herniated-disc',
  'spinal-stenosis',
  'blood-clot-history',
  'bleeding-disorder',
  'recent-surgery',
  'cancer-history',
  'immunosuppression',
  'tetanus-up-to-date',
] as const;
export const ConditionSchema = z.enum(CONDITIONS);
export type Condition = z.infer<typeof ConditionSchema>;

export const MEDICATIONS = ['diuretic', 'statin', 'blood-pressure', 'anticoagulant', 'other'] as const;
export const MedicationSchema = z.enum(MEDICATIONS);
export type Medication = z.infer<typeof MedicationSchema>;

export const FREQUENCIES = ['first', 'occasional', 'weekly', 'daily'] as const;
export const FrequencySchema = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof FrequencySchema>;

export const ResponseSchema = z.enum(RESPONSES);
export type Response = z.infer<typeof ResponseSchema>;

/** Triage levels, most urgent first (Infermedica's five levels). Order matters: index = urgency rank. */
export const CARE_LEVELS = [
  'emergency_ambulance',
  'emergency',
  'consultation_24',
  'consultation',
  'self_care',
] as const;
export const CareLevelSchema = z.enum(CARE_LEVELS);
export type CareLevel = z.infer<typeof CareLevelSchema>;

/** Care levels where the person must act now: nothing else on the screen may compete with that. */
export function isEmergencyCare(care: CareLevel): boolean {
  return care === 'emergency_ambulance' || care === 'emergency';
}

/** Massage permissions, most restrictive first. Order matters: index = restrictiveness rank. */
export const MASSAGE_LEVELS = ['avoid', 'gentle', 'full'] as const;
export const MassageLevelSchema = z.enum(MASSAGE_LEVELS);
export type MassageLevel = z.infer<typeof MassageLevelSchema>;

export const EPISODE_TYPES = ['brief', 'cramp', 'prolonged', 'tetany-like'] as const;
export const EpisodeTypeSchema = z.enum(EPISODE_TYPES);
export type EpisodeType = z.infer<typeof EpisodeTypeSchema>;

export const TECHNIQUES = [
  'locate',
  'stretch',
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'deep-tissue',
  'heat',
  'cold',
  'breathing',
  'rate-pain',
] as const;
export const TechniqueSchema = z.enum(TECHNIQUES);
export type Technique = z.infer<typeof TechniqueSchema>;

export const PRESSURES = ['none', 'light', 'moderate', 'firm'] as const;
export const PressureSchema = z.enum(PRESSURES);
export type Pressure = z.infer<typeof PressureSchema>;

/** Knowledge topics (stable ids; search returns them). */
export const TOPICS = [
  'causes',
  'aggravators',
  'duration',
  'should-massage',
  'how-to-massage',
  'techniques',
  'when-massage-helps',
  'benefits',
  'frequency',
  'heat-cold',
  'stretching',
  'prevention',
  'pinched-nerve',
  'shoulder-pain',
  'massage-after-workout',
  'warning-signs',
  'nutrition-hydration',
  'medications',
] as const;
export const TopicIdSchema = z.enum(TOPICS);
export type TopicId = z.infer<typeof TopicIdSchema>;
