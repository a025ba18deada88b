import { FOLLOW_UPS, type FollowUp, listFollowUps } from '../assess/screening';
import { QUESTION_TEXTS } from '../messages/questionnaire-labels';
import { applyPatch, type Memory, type PartialSituation } from './answers';
import { condition, many, sign } from './choices';
import type { Choice, ManyQuestion, Question } from './question-types';

/** Where the follow-ups of the red-flag screen go, and how each choice is offered only once. */
const followUpQuestion = (index: number): ManyQuestion => {
  const ask = FOLLOW_UPS[index]?.ask;
  return many(`follow-up-${index}`, 'screen', QUESTION_TEXTS['follow-up'], [
    ...(ask?.signs ?? []).map(sign),
    ...(ask?.conditions ?? []).map(condition),
  ]);
};

/** Whether picking a choice calls for a follow-up (the same test screening applies to a whole situation). */
const triggers = (choice: Choice, followUp: FollowUp): boolean => listFollowUps(choice.patch).includes(followUp);

/** Put each follow-up right after the question that called for it (after the screen when that was remembered). */
export function insertFollowUps(questions: Question[], answers: PartialSituation, memory: Memory): Question[] {
  const result = [...questions];
  const known = applyPatch(answers, memory.history ? { history: memory.history } : {});
  for (const followUp of listFollowUps(known)) {
    const index = FOLLOW_UPS.indexOf(followUp);
    const trigger = result.findLastIndex((q) => q.kind !== 'number' && q.choices.some((c) => triggers(c, followUp)));
    const afterScreen = result.findLastIndex((q) => q.phase === 'screen');
    result.splice((trigger >= 0 ? trigger : afterScreen) + 1, 0, followUpQuestion(index));
  }
  return result;
}

/** Each choice is offered once: later questions drop what an earlier one asked; a question left empty goes. */
export function offerEachChoiceOnce(questions: Question[]): Question[] {
  const offered = new Set<string>();
  const result: Question[] = [];
  for (const question of questions) {
    if (question.kind === 'many') {
      const choices = question.choices.filter((c) => !offered.has(c.id));
      if (choices.length === 0) continue;
      result.push({ ...question, choices });
      for (const c of choices) offered.add(c.id);
    } else {
      result.push(question);
    }
  }
  return result;
}
