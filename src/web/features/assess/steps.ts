import { listRedFlagSigns, RED_FLAG_CONTEXTS } from '../../../core/assess/screening';
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

/** The emergency screen comes from core, so the web and terminal questionnaires ask the same red flags. */
export { listRedFlagSigns } from '../../../core/assess/screening';

export function listRedFlagContexts(): Context[] {
  return [...RED_FLAG_CONTEXTS];
}

/** Contexts for the "what was going on" screen (the red-flag ones were asked already). */
export function listContextChoices(): Context[] {
  return CONTEXTS.filter((context) => !RED_FLAG_CONTEXTS.includes(context));
}

/** Signs for the "what do you notice" screen: every sign the red-flag screen did not ask for this region. */
export function listSignChoices(region: Region | undefined): Sign[] {
  const asked = listRedFlagSigns(region);
  return SIGNS.filter((sign) => !asked.includes(sign));
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
