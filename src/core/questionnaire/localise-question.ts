import type { Translator } from '../i18n/translator';
import { QUESTION_TEXTS } from '../messages/questionnaire-labels';
import type { Choice, Question } from './question-types';

const QUESTION_KEYS = new Map(Object.entries(QUESTION_TEXTS).map(([key, text]) => [text as string, key]));

/** The catalog keys of a choice's label (and hint) by its stable id `<kind>:<value>`. */
function choiceKeys(id: string): { label: string; hint?: string } | null {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const value = id.slice(colon + 1);
  switch (kind) {
    case 'region':
    case 'context':
    case 'frequency':
    case 'cramp-timing':
    case 'tightness-duration':
      return { label: `labels.${kind}.${value}` };
    case 'presentation':
      return { label: `labels.presentation.${value}.label`, hint: `labels.presentation.${value}.hint` };
    case 'signs':
      return { label: `labels.sign.${value}.question` };
    case 'conditions':
      return { label: `labels.condition.${value}` };
    case 'medications':
      return { label: `labels.medication.${value}` };
    case 'previous-massage':
      return {
        label: value === 'not-tried' ? 'assessment.choice.previous-massage.not-tried' : `labels.response.${value}`,
      };
    default:
      return null;
  }
}

function localiseChoice(choice: Choice, t: Translator): Choice {
  const keys = choiceKeys(choice.id);
  if (!keys) return choice;
  const out: Choice = { ...choice, label: t.t(keys.label) };
  if (keys.hint !== undefined && choice.hint !== undefined) out.hint = t.t(keys.hint);
  return out;
}

/**
 * A question of the questionnaire in the translator's language (namespaces `labels` and `assessment` loaded). Ids,
 * patches, keys and the flow are unchanged: only `text`, choice labels and hints are translated.
 * @example localiseQuestion(nextQuestion(state)!, es).text // '¿Dónde está el espasmo?'
 */
export function localiseQuestion<Q extends Question>(question: Q, t: Translator): Q {
  const key = QUESTION_KEYS.get(question.text);
  const text = key === undefined ? question.text : t.t(`labels.question.${key}`);
  if (question.kind === 'number') return { ...question, text };
  return { ...question, text, choices: question.choices.map((choice) => localiseChoice(choice, t)) };
}
