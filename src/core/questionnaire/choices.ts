import { CONDITION_LABELS, CONTEXT_LABELS, MEDICATION_LABELS, SIGN_LABELS } from '../messages/labels';
import type { Condition, Context, Medication, Sign } from '../vocabulary';
import type { Choice, ManyQuestion, Phase, QuestionId } from './question-types';

/** Answer choices for one vocabulary id each, and a multi-choice question built from them. */
export const sign = (s: Sign): Choice => ({ id: `signs:${s}`, label: SIGN_LABELS[s].question, patch: { signs: [s] } });
export const context = (c: Context): Choice => ({
  id: `context:${c}`,
  label: CONTEXT_LABELS[c],
  patch: { context: [c] },
});
export const condition = (c: Condition): Choice => ({
  id: `conditions:${c}`,
  label: CONDITION_LABELS[c],
  patch: { history: { conditions: [c] } },
});
export const medication = (m: Medication): Choice => ({
  id: `medications:${m}`,
  label: MEDICATION_LABELS[m],
  patch: { history: { medications: [m] } },
});

export const many = (id: QuestionId, phase: Phase, text: string, choices: Choice[]): ManyQuestion => ({
  id,
  phase,
  kind: 'many',
  text,
  choices,
});
