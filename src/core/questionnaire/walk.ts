import type { Situation } from '../situation';
import type { Memory, Patch } from './answers';
import { type AnswerValue, answerQuestion, nextQuestion } from './flow';
import type { Choice, Question, QuestionnaireState } from './questions';

/** How many of `patch`'s keys the target holds (keys it leaves open count 0); -1 when it contradicts one. */
function scoreFit(patch: Patch, target: Record<string, unknown>): number {
  let keys = 0;
  for (const [key, value] of Object.entries(patch)) {
    const wanted = target[key];
    if (Array.isArray(value)) {
      if (!Array.isArray(wanted) || !value.every((v) => wanted.includes(v))) return -1;
    } else if (typeof value === 'object' && value !== null) {
      const inner = scoreFit(value as Patch, (wanted ?? {}) as Record<string, unknown>);
      if (inner < 0) return -1;
      keys += inner - 1;
    } else if (wanted === undefined) {
      continue;
    } else if (wanted !== value) {
      return -1;
    }
    keys++;
  }
  return keys;
}

const fits = (choice: Choice, target: Situation) => scoreFit(choice.patch, target as Record<string, unknown>);

/** The answer a person in `target` would give (test and benchmark support: scripted people). */
export function answerAs(target: Situation, question: Question): AnswerValue {
  if (question.kind === 'number') return question.valueOf(target) ?? question.fallback ?? question.min;
  if (question.kind === 'many') return question.choices.filter((c) => fits(c, target) > 0).map((c) => c.id);
  const best = [...question.choices].sort((a, b) => fits(b, target) - fits(a, target))[0];
  return best?.id ?? '';
}

/**
 * Walk the questionnaire as a person in `target` would answer it; the questions asked, in order.
 * @example walkQuestionnaire({ region: 'calf', signs: ['chest-pain'] }).asked.length // 3
 */
export function walkQuestionnaire(
  target: Situation,
  memory: Memory = {},
): { asked: Question[]; state: QuestionnaireState } {
  let state: QuestionnaireState = { answers: {}, answered: [], memory };
  const asked: Question[] = [];
  for (let question = nextQuestion(state); question !== null; question = nextQuestion(state)) {
    asked.push(question);
    state = answerQuestion(state, question, answerAs(target, question));
  }
  return { asked, state };
}
