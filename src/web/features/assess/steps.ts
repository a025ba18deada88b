import type { Assessment } from '../../../core/assessment';
import { CONTEXTS, type Context, type Region, SIGNS, type Sign } from '../../../core/vocabulary';

export const STEPS = ['where', 'red-flags', 'duration', 'context', 'signs', 'history'] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  where: 'Where is the spasm?',
  'red-flags': 'First, any of these right now?',
  duration: 'How long, and how strong?',
  context: 'What was going on?',
  signs: 'What do you notice at the spot?',
  history: 'About you',
};

/** The emergency screen: the signs and contexts that can call for an ambulance or the emergency department. */
const RED_FLAG_SIGNS: readonly Sign[] = [
  'chest-pain',
  'breathing-difficulty',
  'confusion',
  'jaw-stiffness',
  'difficulty-swallowing',
  'tingling-around-mouth',
  'hand-foot-spasm',
  'multiple-muscle-groups',
  'dark-urine',
];
/** Only meaningful for the lower back (cauda equina): asking elsewhere cannot change the verdict. */
const LOWER_BACK_RED_FLAGS: readonly Sign[] = ['saddle-numbness', 'bladder-bowel-change'];
const RED_FLAG_CONTEXTS: readonly Context[] = ['toxin-exposure', 'wound'];

export function listRedFlagSigns(region: Region | undefined): Sign[] {
  return region === 'lower-back' ? [...RED_FLAG_SIGNS, ...LOWER_BACK_RED_FLAGS] : [...RED_FLAG_SIGNS];
}

export function listRedFlagContexts(): Context[] {
  return [...RED_FLAG_CONTEXTS];
}

/** Contexts for the "what was going on" screen (the red-flag ones were asked already). */
export function listContextChoices(): Context[] {
  return CONTEXTS.filter((context) => !RED_FLAG_CONTEXTS.includes(context));
}

/** Signs for the "what do you notice" screen: everything not on the red-flag screen. */
export function listSignChoices(): Sign[] {
  return SIGNS.filter((sign) => !RED_FLAG_SIGNS.includes(sign) && !LOWER_BACK_RED_FLAGS.includes(sign));
}

/**
 * Whether the rest of the questionnaire can no longer change the verdict. Once the red-flag screen
 * is answered, only its questions (and an open wound with a stiff jaw) can raise an emergency to an
 * ambulance, and massage cannot go below `avoid`: such a verdict is final, so the person sees it at once.
 */
export function isVerdictSettled(step: StepId, assessment: Assessment, signs: readonly Sign[] = []): boolean {
  if (STEPS.indexOf(step) < STEPS.indexOf('red-flags') || assessment.massage !== 'avoid') return false;
  if (assessment.care === 'emergency_ambulance') return true;
  // A stiff jaw plus an open wound (asked later) would still raise this to an ambulance.
  const tetanusPossible = signs.includes('jaw-stiffness') || signs.includes('difficulty-swallowing');
  return assessment.care === 'emergency' && !tetanusPossible;
}

/** The step after `step`, or null at the end. */
export function nextStep(step: StepId): StepId | null {
  return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

/** A step id from the URL, defaulting to the first. */
export function parseStep(value: string | null): StepId {
  return (STEPS as readonly string[]).includes(value ?? '') ? (value as StepId) : 'where';
}
