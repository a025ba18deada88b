import { ONLY_AS_FOLLOW_UP, screenRedFlags } from '../assess/screening';
import { FREQUENCY_LABELS, REGION_LABELS, RESPONSE_LABELS } from '../messages/labels';
import {
  CRAMP_TIMING_LABELS,
  PRESENTATION_LABELS,
  QUESTION_TEXTS,
  TIGHTNESS_DURATION_LABELS,
} from '../messages/questionnaire-labels';
import type { Sign } from '../vocabulary';
import {
  CONDITIONS,
  CONTEXTS,
  FREQUENCIES,
  MEDICATIONS,
  PRESENTATIONS,
  REGIONS,
  RESPONSES,
  SIGNS,
} from '../vocabulary-lists';
import { condition, context, many, medication, sign } from './choices';
import { insertFollowUps, offerEachChoiceOnce } from './follow-ups';
import type { NumberQuestion, OneQuestion, Question, QuestionnaireState } from './question-types';

export type {
  Choice,
  ManyQuestion,
  NumberQuestion,
  OneQuestion,
  Phase,
  Question,
  QuestionId,
  QuestionnaireState,
} from './question-types';

const REGION_QUESTION: OneQuestion = {
  id: 'region',
  phase: 'start',
  kind: 'one',
  text: QUESTION_TEXTS.region,
  choices: REGIONS.map((region) => ({ id: `region:${region}`, label: REGION_LABELS[region], patch: { region } })),
};

const PRESENTATION_QUESTION: OneQuestion = {
  id: 'presentation',
  phase: 'start',
  kind: 'one',
  text: QUESTION_TEXTS.presentation,
  choices: PRESENTATIONS.map((presentation) => ({
    id: `presentation:${presentation}`,
    ...PRESENTATION_LABELS[presentation],
    key: presentation.charAt(0),
    patch: { presentation },
  })),
};

const CRAMP_TIMING_QUESTION: OneQuestion = {
  id: 'cramp-timing',
  phase: 'episode',
  kind: 'one',
  text: QUESTION_TEXTS['cramp-timing'],
  choices: Object.entries(CRAMP_TIMING_LABELS).map(([id, label]) => {
    const [state, minutes] = id.split('-');
    return { id: `cramp-timing:${id}`, label, patch: { ongoing: state === 'now', durationMinutes: Number(minutes) } };
  }),
};

const TIGHTNESS_DURATION_QUESTION: OneQuestion = {
  id: 'tightness-duration',
  phase: 'episode',
  kind: 'one',
  text: QUESTION_TEXTS['tightness-duration'],
  choices: Object.entries(TIGHTNESS_DURATION_LABELS).map(([minutes, label]) => ({
    id: `tightness-duration:${minutes}`,
    label,
    patch: { ongoing: true, durationMinutes: Number(minutes) },
  })),
};

const INTENSITY_QUESTION: NumberQuestion = {
  id: 'intensity',
  phase: 'episode',
  kind: 'number',
  text: QUESTION_TEXTS.intensity,
  min: 0,
  max: 10,
  integer: true,
  probes: [0, 3, 5, 7, 8, 10],
  toPatch: (intensity) => ({ intensity }),
  valueOf: (answers) => answers.intensity,
};

const AGE_QUESTION: NumberQuestion = {
  id: 'age',
  phase: 'history',
  kind: 'number',
  text: QUESTION_TEXTS.age,
  min: 0,
  max: 120,
  integer: true,
  probes: [1, 10, 15, 19, 30, 45, 51, 60, 66, 75, 90],
  toPatch: (age) => ({ age }),
  valueOf: (answers) => answers.age,
};

const FREQUENCY_QUESTION: OneQuestion = {
  id: 'frequency',
  phase: 'history',
  kind: 'one',
  text: QUESTION_TEXTS.frequency,
  choices: FREQUENCIES.map((frequency) => ({
    id: `frequency:${frequency}`,
    label: FREQUENCY_LABELS[frequency],
    patch: { history: { frequency } },
  })),
};

const PREVIOUS_MASSAGE_QUESTION: OneQuestion = {
  id: 'previous-massage',
  phase: 'history',
  kind: 'one',
  text: QUESTION_TEXTS['previous-massage'],
  choices: [
    { id: 'previous-massage:not-tried', label: 'Not tried yet', patch: {} },
    ...RESPONSES.map((previousMassage) => ({
      id: `previous-massage:${previousMassage}`,
      label: RESPONSE_LABELS[previousMassage],
      patch: { history: { previousMassage } },
    })),
  ],
};

const SELF_CARE_DAYS_QUESTION: NumberQuestion = {
  id: 'self-care-days',
  phase: 'history',
  kind: 'number',
  text: QUESTION_TEXTS['self-care-days'],
  min: 0,
  max: 3650,
  integer: true,
  fallback: 0,
  probes: [0, 1, 2, 3, 5, 7, 14, 28, 90],
  toPatch: (selfCareDays) => ({ history: { selfCareDays } }),
  valueOf: (answers) => answers.history?.selfCareDays,
};

const notOnlyFollowUp = (s: Sign) => !ONLY_AS_FOLLOW_UP.signs.includes(s);

/**
 * Every question the current answers call for, in the order they are asked (answered ones included).
 * Age and history are left out when the device remembers them.
 * @example listQuestions({ answers: {}, answered: [], memory: {} })[0]?.id // 'region'
 */
export function listQuestions(state: QuestionnaireState): Question[] {
  const { answers, memory } = state;
  const screen = screenRedFlags(answers.region);
  const tightness = answers.presentation === 'tightness';
  const remembersHistory = memory.history !== undefined;
  const frequency = answers.history?.frequency ?? memory.history?.frequency;
  const questions: Question[] = [
    REGION_QUESTION,
    PRESENTATION_QUESTION,
    many('red-flag-signs', 'screen', QUESTION_TEXTS['red-flag-signs'], screen.signs.map(sign)),
  ];
  // Recent events and (for the spine) red-flag conditions share one screen: one prompt fewer to a verdict.
  const redFlagConditions = remembersHistory ? [] : screen.conditions;
  questions.push(
    redFlagConditions.length > 0
      ? many('red-flag-contexts', 'screen', QUESTION_TEXTS['red-flag-contexts-and-conditions'], [
          ...screen.contexts.map(context),
          ...redFlagConditions.map(condition),
        ])
      : many('red-flag-contexts', 'screen', QUESTION_TEXTS['red-flag-contexts'], screen.contexts.map(context)),
  );
  questions.push(
    tightness ? TIGHTNESS_DURATION_QUESTION : CRAMP_TIMING_QUESTION,
    INTENSITY_QUESTION,
    many(
      'context',
      'episode',
      QUESTION_TEXTS.context,
      CONTEXTS.filter((c) => !screen.contexts.includes(c)).map(context),
    ),
    many('signs', 'episode', QUESTION_TEXTS.signs, SIGNS.filter(notOnlyFollowUp).map(sign)),
  );
  if (memory.age === undefined) questions.push(AGE_QUESTION);
  if (!remembersHistory) {
    const conditions = CONDITIONS.filter((c) => !ONLY_AS_FOLLOW_UP.conditions.includes(c));
    questions.push(
      FREQUENCY_QUESTION,
      many('history-conditions', 'history', QUESTION_TEXTS['history-conditions'], [
        ...conditions.map(condition),
        ...MEDICATIONS.map(medication),
      ]),
    );
    if (frequency !== undefined && frequency !== 'first') questions.push(PREVIOUS_MASSAGE_QUESTION);
    if (answers.history?.previousMassage !== undefined) questions.push(SELF_CARE_DAYS_QUESTION);
  }
  return offerEachChoiceOnce(insertFollowUps(questions, answers, memory));
}
