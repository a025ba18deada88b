import type { Condition, Context, Region, Sign } from '../vocabulary';
import { LEG_REGIONS, SPINE_REGIONS } from '../vocabulary-lists';

/**
 * The red-flag screen every questionnaire (web and terminal) asks before anything else, per region.
 * Only what can change the verdict for that region is asked (docs/safety/rules.md, "The screen").
 */
export interface RedFlagScreen {
  /** Signs, most urgent first. */
  signs: Sign[];
  /** What happened recently. */
  contexts: Context[];
  /** Known conditions that are red flags for this region (asked with the screen, then remembered). */
  conditions: Condition[];
}

/** Asked for every region: each of these alone (or two of the tetany trio) needs urgent or emergency care. */
const ALWAYS_ASKED: readonly Sign[] = [
  'chest-pain',
  'breathing-difficulty',
  'confusion',
  'difficulty-swallowing',
  'tingling-around-mouth',
  'hand-foot-spasm',
  'multiple-muscle-groups',
  'dark-urine',
  'progressive-weakness',
];

/** Head and neck: tetanus and acute dystonia show in the jaw; meningitis in a stiff neck with fever or headache. */
const HEAD_NECK_SIGNS: readonly Sign[] = ['jaw-stiffness', 'involuntary-twisting'];
const MENINGITIS_SIGNS: readonly Sign[] = ['fever', 'severe-headache', 'rash'];
/** NICE CKS back and neck pain red flags that are signs. */
const SPINE_SIGNS: readonly Sign[] = ['fever', 'weight-loss', 'unrelenting-pain'];
/** Cauda equina: asked wherever a person might place back, buttock or groin trouble (docs/decisions/0003). */
const NERVE_ROOT_SIGNS: readonly Sign[] = ['saddle-numbness', 'bladder-bowel-change'];
const NERVE_ROOT_REGIONS: readonly Region[] = ['lower-back', 'upper-back', 'hip', 'glute', 'groin', 'thigh-back'];
/** Limbs: fracture and compartment syndrome after an injury, a bleed into the muscle. */
const LIMB_SIGNS: readonly Sign[] = ['deformity', 'cannot-bear-weight', 'tight-swelling', 'pain-out-of-proportion'];
const LIMB_REGIONS: readonly Region[] = [...LEG_REGIONS, 'upper-arm', 'forearm', 'hand', 'hip', 'glute', 'groin'];

/** Contexts that can make a spasm urgent on their own or together with a sign. */
export const RED_FLAG_CONTEXTS: readonly Context[] = [
  'injury',
  'wound',
  'toxin-exposure',
  'fluid-loss',
  'new-medicine',
];
const SPINE_CONTEXTS: readonly Context[] = ['major-trauma'];
const SPINE_CONDITIONS: readonly Condition[] = ['cancer-history', 'immunosuppression'];

const isIn = (regions: readonly Region[], region: Region | undefined): boolean =>
  region !== undefined && regions.includes(region);

/**
 * The red-flag signs to screen for a region, most urgent first.
 * @example listRedFlagSigns('lower-back').includes('saddle-numbness') // true
 */
export function listRedFlagSigns(region: Region | undefined): Sign[] {
  const signs: Sign[] = [...ALWAYS_ASKED];
  if (region === 'neck' || region === 'jaw') signs.push(...HEAD_NECK_SIGNS);
  if (region === 'neck') signs.push(...MENINGITIS_SIGNS);
  if (isIn(SPINE_REGIONS, region)) signs.push(...SPINE_SIGNS);
  if (isIn(NERVE_ROOT_REGIONS, region)) signs.push(...NERVE_ROOT_SIGNS);
  if (isIn(LIMB_REGIONS, region)) signs.push(...LIMB_SIGNS);
  return [...new Set(signs)];
}

/**
 * The whole red-flag screen for a region: signs, recent events and red-flag conditions.
 * @example screenRedFlags('neck').conditions // ['cancer-history', 'immunosuppression']
 */
export function screenRedFlags(region: Region | undefined): RedFlagScreen {
  const spine = isIn(SPINE_REGIONS, region);
  return {
    signs: listRedFlagSigns(region),
    contexts: spine ? [...RED_FLAG_CONTEXTS, ...SPINE_CONTEXTS] : [...RED_FLAG_CONTEXTS],
    conditions: spine ? [...SPINE_CONDITIONS] : [],
  };
}

/** A question that only matters once an earlier answer makes it matter (asked right after that answer). */
export interface FollowUp {
  /** Asked when the situation has any of these. */
  after: { contexts?: readonly Context[]; conditions?: readonly Condition[]; medications?: readonly 'anticoagulant'[] };
  ask: { signs?: readonly Sign[]; conditions?: readonly Condition[] };
}

/** Follow-ups of the screen: tetanus cover after a wound, heatstroke in the heat, a bleed on blood thinners. */
export const FOLLOW_UPS: readonly FollowUp[] = [
  { after: { contexts: ['wound'] }, ask: { conditions: ['tetanus-up-to-date'] } },
  { after: { contexts: ['heat'] }, ask: { signs: ['no-sweating'] } },
  {
    after: { conditions: ['bleeding-disorder'], medications: ['anticoagulant'] },
    ask: { signs: ['spreading-bruise', 'tight-swelling', 'swelling'] },
  },
];

/** Asked only as a follow-up: without its trigger (heat, a wound) the answer cannot change the verdict. */
export const ONLY_AS_FOLLOW_UP: { signs: readonly Sign[]; conditions: readonly Condition[] } = {
  signs: ['no-sweating'],
  conditions: ['tetanus-up-to-date'],
};

/**
 * The follow-up questions a situation's answers call for, in order.
 * @example listFollowUps({ region: 'calf', context: ['wound'] })[0]?.ask.conditions // ['tetanus-up-to-date']
 */
export function listFollowUps(situation: {
  context?: readonly Context[] | undefined;
  history?: { conditions?: readonly Condition[] | undefined; medications?: readonly string[] | undefined } | undefined;
}): FollowUp[] {
  const contexts = situation.context ?? [];
  const conditions = situation.history?.conditions ?? [];
  const medications = situation.history?.medications ?? [];
  return FOLLOW_UPS.filter(
    ({ after }) =>
      (after.contexts ?? []).some((c) => contexts.includes(c)) ||
      (after.conditions ?? []).some((c) => conditions.includes(c)) ||
      (after.medications ?? []).some((m) => medications.includes(m)),
  );
}
