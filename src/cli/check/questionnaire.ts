import type { Translator } from '../../core/i18n/translator';
import type { Memory } from '../../core/questionnaire/answers';
import { type AnswerValue, answerQuestion, nextQuestion } from '../../core/questionnaire/flow';
import type { Choice as ModelChoice, Question, QuestionnaireState } from '../../core/questionnaire/questions';
import { findReliefStep, type ReliefStep } from '../../core/questionnaire/relief-gate';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import { askKey, askMany, askNumber, askOne, type Choice } from './ask';

const toChoices = (choices: readonly ModelChoice[]): Choice<string>[] =>
  choices.map(({ id, label, hint, key }) => ({ value: key ?? id, label, ...(hint ? { hint } : {}) }));

async function ask(question: Question, t: Translator): Promise<AnswerValue> {
  switch (question.kind) {
    case 'one': {
      if (!question.choices.every((c) => c.key !== undefined))
        return askOne(question.text, toChoices(question.choices));
      const key = await askKey(question.text, toChoices(question.choices));
      return question.choices.find((c) => c.key === key)?.id ?? '';
    }
    case 'many':
      return askMany(t.t('cli.check.many', { question: question.text }), toChoices(question.choices));
    case 'number':
      return askNumber(question.text, question, {
        range: (min, max) => t.t('cli.check.number-range', { min, max }),
        whole: t.t('cli.check.number-whole'),
      });
  }
}

/**
 * Walk the person through the core questionnaire: region, presentation, the red-flag screen first, and
 * only the questions that can still change the verdict (it stops as soon as the verdict is settled).
 * For a cramp happening now, `onRelief` gets the stretch once, the moment the red flags are clear.
 */
export async function runQuestionnaire(
  memory: Memory,
  onRelief: (relief: ReliefStep) => void = () => undefined,
  t: Translator = SOURCE_CLI_TRANSLATOR,
): Promise<QuestionnaireState> {
  let state: QuestionnaireState = { answers: {}, answered: [], memory };
  let reliefShown = false;
  for (let question = nextQuestion(state); question !== null; question = nextQuestion(state)) {
    state = answerQuestion(state, question, await ask(question, t));
    const relief = reliefShown ? null : findReliefStep(state);
    if (relief) {
      reliefShown = true;
      onRelief(relief);
    }
  }
  return state;
}

/** What to remember after a run: the age and, once the history questions were answered, the history. */
export function rememberAnswers(state: QuestionnaireState): Memory {
  const memory: Memory = { ...state.memory };
  if (state.answers.age !== undefined) memory.age = state.answers.age;
  if (state.answered.includes('frequency')) memory.history = state.answers.history ?? {};
  return memory;
}
