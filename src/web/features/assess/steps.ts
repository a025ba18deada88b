import type { Translator } from '../../../core/i18n/translator';
import type { Memory } from '../../../core/questionnaire/answers';
import { nextQuestion } from '../../../core/questionnaire/flow';
import { listQuestions, type Question, type QuestionnaireState } from '../../../core/questionnaire/questions';
import { ASSESS } from '../../lib/namespaces/assess';
import { sourceTranslator } from '../../lib/source-messages';

/**
 * The web questionnaire's screens: each shows one or more of the core questionnaire's questions, except
 * `relief` (the stretch of a cramp happening now, shown once the red flags are clear; core's relief gate).
 */
export const STEPS = [
  'where',
  'presentation',
  'red-flags',
  'relief',
  'duration',
  'context',
  'signs',
  'history',
] as const;
export type StepId = (typeof STEPS)[number];

/** A screen's heading (catalog `web-assess.step.<id>`). */
export function stepTitle(step: StepId, { t }: Translator = sourceTranslator): string {
  return t(`${ASSESS}.step.${step}`);
}

const STEP_OF: Partial<Record<Question['id'], StepId>> = {
  region: 'where',
  presentation: 'presentation',
  'red-flag-signs': 'red-flags',
  'red-flag-contexts': 'red-flags',
  'cramp-timing': 'duration',
  'tightness-duration': 'duration',
  intensity: 'duration',
  context: 'context',
  signs: 'signs',
};

/** Each question with its screen; a follow-up shows on the screen of the question that called for it. */
export function placeQuestions(questions: readonly Question[]): { step: StepId; question: Question }[] {
  let step: StepId = 'where';
  return questions.map((question) => {
    if (!question.id.startsWith('follow-up-')) step = STEP_OF[question.id] ?? 'history';
    return { step, question };
  });
}

/** The questions one screen shows for the current answers. */
export function listStepQuestions(step: StepId, state: QuestionnaireState): Question[] {
  return placeQuestions(listQuestions(state))
    .filter((placed) => placed.step === step)
    .map((placed) => placed.question);
}

/** The screens the current answers call for, in order. */
export function listSteps(state: QuestionnaireState): StepId[] {
  return [...new Set(placeQuestions(listQuestions(state)).map((placed) => placed.step))];
}

/**
 * Leaving `step`: its questions count as answered; the screen of the next question, or null for the verdict
 * (all asked, or settled early: an emergency no later answer can change).
 */
export function leaveStep(
  step: StepId,
  state: QuestionnaireState,
): { step: StepId | null; answered: QuestionnaireState['answered'] } {
  const answered = [...new Set([...state.answered, ...listStepQuestions(step, state).map((q) => q.id)])];
  const next = nextQuestion({ ...state, answered });
  const placed = next && placeQuestions(listQuestions(state)).find((p) => p.question.id === next.id);
  return { step: placed ? placed.step : null, answered };
}

/** How many screens a run of asked questions took (what a person taps through). */
export function countSteps(asked: readonly Question[]): number {
  return new Set(placeQuestions(asked).map((placed) => placed.step)).size;
}

/** The ways on from a screen: its primary button, and whether "Skip the rest and see my verdict" is offered too. */
export function listWaysOn(
  step: StepId,
  steps: readonly StepId[],
  { t }: Translator = sourceTranslator,
): { primary: string; offersSkip: boolean } {
  if (step === 'relief') return { primary: t(`${ASSESS}.assess.continue-questions`), offersSkip: true };
  const index = steps.indexOf(step);
  const isLast = index === steps.length - 1;
  // On the last question "See my verdict" already says it: one way to the verdict, not two.
  return {
    primary: t(`${ASSESS}.assess.${isLast ? 'see-verdict' : 'continue'}`),
    offersSkip: index > steps.indexOf('red-flags') && !isLast,
  };
}

/** A step id from the URL, defaulting to the first. */
export function parseStep(value: string | null): StepId {
  return (STEPS as readonly string[]).includes(value ?? '') ? (value as StepId) : 'where';
}

export type { Memory };
