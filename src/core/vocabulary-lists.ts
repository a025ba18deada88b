// The id lists (and the order-carrying helpers) with no zod: `knead --help` must not load a schema library (issue #13
// item 5), nor a shared verdict link (issue #13 item 6). vocabulary.ts and journal.ts re-export them with their schemas.

/** Every body region Knead knows. Ids are stable; labels live in `messages/`. */
export const REGIONS = [
  'neck',
  'shoulder',
  'upper-back',
  'lower-back',
  'chest',
  'abdomen',
  'upper-arm',
  'forearm',
  'hand',
  'hip',
  'glute',
  'thigh-front',
  'thigh-back',
  'groin',
  'calf',
  'shin',
  'foot',
  'jaw',
] as const;

export const CONTEXTS = [
  'exercise',
  'overuse',
  'sudden-movement',
  'injury',
  'rest',
  'night',
  'walking',
  'heat',
  'cold',
  'prolonged-posture',
  'stress',
  'no-warmup',
  'dehydration',
  'fluid-loss',
  'poor-diet',
  'toxin-exposure',
  'wound',
  'pregnancy',
  'new-medicine',
  'major-trauma',
] as const;

export const RESPONSES = ['better', 'same', 'worse'] as const;

/** What the person did about an episode (journal.ts). */
export const ACTIONS = [
  'stretch',
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'deep-tissue',
  'heat',
  'cold',
  'breathing',
  'fluids',
  'electrolytes',
  'rest',
  'medication',
  'other',
] as const;

/** The spine regions, where back- and neck-pain red flags (NICE CKS) apply. */
export const SPINE_REGIONS = [
  'neck',
  'upper-back',
  'lower-back',
] as const satisfies readonly (typeof REGIONS)[number][];
export const PRESENTATIONS = ['cramp', 'tightness'] as const;
/** Regions where a swollen, warm or red limb may mean a clot (DESIGN.md). */
export const LEG_REGIONS = [
  'calf',
  'shin',
  'thigh-front',
  'thigh-back',
  'foot',
] as const satisfies readonly (typeof REGIONS)[number][];
export const SIDES = ['left', 'right', 'both', 'center'] as const;
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
export const MEDICATIONS = ['diuretic', 'statin', 'blood-pressure', 'anticoagulant', 'other'] as const;
export const FREQUENCIES = ['first', 'occasional', 'weekly', 'daily'] as const;
/** Triage levels, most urgent first (Infermedica's five levels). Order matters: index = urgency rank. */
export const CARE_LEVELS = [
  'emergency_ambulance',
  'emergency',
  'consultation_24',
  'consultation',
  'self_care',
] as const;
/** Massage permissions, most restrictive first. Order matters: index = restrictiveness rank. */
export const MASSAGE_LEVELS = ['avoid', 'gentle', 'full'] as const;
export const EPISODE_TYPES = ['brief', 'cramp', 'prolonged', 'tetany-like'] as const;
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
export const PRESSURES = ['none', 'light', 'moderate', 'firm'] as const;
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
/** Care levels where the person must act now: nothing else on the screen may compete with that. */
export function isEmergencyCare(care: (typeof CARE_LEVELS)[number]): boolean {
  return care === 'emergency_ambulance' || care === 'emergency';
}
