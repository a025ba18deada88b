import { assessSituation } from '../assess/assess-situation';
import type { Situation } from '../situation';
import { isEmergencyCare } from '../vocabulary-lists';
import { applyPatch, type Patch, toAssessable } from './answers';
import { listQuestions, type Question, type QuestionId, type QuestionnaireState } from './questions';

/** Every patch a question's answers could add, one at a time: what "could this change the verdict" tries. */
export function listProbes(question: Question): Patch[] {
  return question.kind === 'number' ? question.probes.map(question.toPatch) : question.choices.map((c) => c.patch);
}

/** Whether some single answer to `question` would give `situation` another care level or massage permission. */
export function canChangeVerdict(situation: Situation, question: Question): boolean {
  const now = assessSituation(situation);
  return listProbes(question).some((patch) => {
    const probed = assessSituation(applyPatch(situation, patch));
    return probed.care !== now.care || probed.massage !== now.massage;
  });
}

/** The questions still to ask, in order. */
export function listRemainingQuestions(state: QuestionnaireState): Question[] {
  return listQuestions(state).filter((q) => !state.answered.includes(q.id));
}

/**
 * Whether no remaining question can change the verdict: an emergency with massage `avoid` that no single
 * later answer raises to an ambulance (or lowers). Computed from the engine, so it follows the rules.
 * @example isVerdictSettled({ answers: { region: 'calf', signs: ['chest-pain'] }, answered: ['region', 'red-flag-signs'], memory: {} }) // true
 */
export function isVerdictSettled(state: QuestionnaireState): boolean {
  const situation = toAssessable(state.answers, state.memory);
  if (!situation) return false;
  const verdict = assessSituation(situation);
  if (!isEmergencyCare(verdict.care) || verdict.massage !== 'avoid') return false;
  return listRemainingQuestions(state).every((question) => !canChangeVerdict(situation, question));
}

/** Asked only when an answer to it could still change the verdict (the last, fine-grained questions). */
const ASKED_ONLY_WHEN_DECISIVE: readonly QuestionId[] = ['self-care-days'];

/**
 * The next question to ask, or null when the verdict is ready (all asked, or settled early).
 * @example nextQuestion({ answers: {}, answered: [], memory: {} })?.id // 'region'
 */
export function nextQuestion(state: QuestionnaireState): Question | null {
  if (isVerdictSettled(state)) return null;
  const situation = toAssessable(state.answers, state.memory);
  for (const question of listRemainingQuestions(state)) {
    const idle = situation !== null && ASKED_ONLY_WHEN_DECISIVE.includes(question.id);
    if (idle && !canChangeVerdict(situation, question)) continue;
    return question;
  }
  return null;
}

/** An answer: a choice id for `one`, choice ids for `many`, a number for `number`. */
export type AnswerValue = string | readonly string[] | number;

/**
 * Record an answer: its choices' patches are added and the question is marked answered.
 * @example answerQuestion(state, regionQuestion, 'region:calf').answers.region // 'calf'
 */
export function answerQuestion(state: QuestionnaireState, question: Question, value: AnswerValue): QuestionnaireState {
  let answers = state.answers;
  if (question.kind === 'number') {
    if (typeof value === 'number') answers = applyPatch(answers, question.toPatch(value));
  } else {
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    for (const choice of question.choices) if (ids.includes(choice.id)) answers = applyPatch(answers, choice.patch);
  }
  return { ...state, answers, answered: [...state.answered, question.id] };
}
