/** The questionnaire both the web app and `knead check` drive: which question next, and when to stop. */
export { applyPatch, type Memory, type PartialSituation, type Patch, toAssessable } from './answers';
export {
  type AnswerValue,
  answerQuestion,
  canChangeVerdict,
  isVerdictSettled,
  listRemainingQuestions,
  nextQuestion,
} from './flow';
export { localiseQuestion } from './localise-question';
export {
  type Choice,
  listQuestions,
  type ManyQuestion,
  type NumberQuestion,
  type OneQuestion,
  type Phase,
  type Question,
  type QuestionId,
  type QuestionnaireState,
} from './questions';
export { findReliefStep, type ReliefStep } from './relief-gate';
