import { assessSituation } from '../assess/assess-situation';
import { screenRedFlags } from '../assess/screening';
import type { PlanStep } from '../assessment';
import type { Translator } from '../i18n/translator';
import { REGION_GUIDES } from '../knowledge/regions';
import { type CarePlace, countryOfLocale } from '../messages/care-words';
import { isOngoingCramp } from '../plan/build-plan';
import { buildPlanStep, type StepOptions } from '../plan/plan-step';
import { planWordingFor } from '../plan/plan-wording';
import type { Situation } from '../situation';
import { citeSource } from '../sources';
import { isEmergencyCare } from '../vocabulary-lists';
import { applyPatch, type Patch, toAssessable } from './answers';
import { localiseQuestion } from './localise-question';
import type { Choice, Question, QuestionnaireState } from './question-types';
import { listQuestions } from './questions';

/** The relief shown while the remaining questions wait: the region's stretch, and what would rule it out. */
export interface ReliefStep {
  /** The region-specific stretch with its holds, repetitions, cautions and source. */
  step: PlanStep;
  /** The readable source of the region's stretch. */
  regionSource: string;
  /** Answers still to come that would rule out stretching or massage: "do not stretch if…". */
  skipIf: string[];
}

const includesAll = <T>(have: readonly T[] | undefined, want: readonly T[] | undefined): boolean =>
  (want ?? []).every((item) => (have ?? []).includes(item));

/** Whether the situation already holds everything a choice adds (its signs, contexts and conditions). */
function isPicked(choice: Choice, situation: Situation): boolean {
  const { signs, context, history } = choice.patch;
  if (!signs && !context && !history?.conditions && !history?.medications) return false;
  return (
    includesAll(situation.signs, signs) &&
    includesAll(situation.context, context) &&
    includesAll(situation.history?.conditions, history?.conditions) &&
    includesAll(situation.history?.medications, history?.medications)
  );
}

/** Any red flag of the region's screen in the situation, asked now or remembered from before. */
function hasRedFlag(situation: Situation): boolean {
  const screen = screenRedFlags(situation.region);
  return (
    screen.signs.some((s) => situation.signs?.includes(s)) ||
    screen.contexts.some((c) => situation.context?.includes(c)) ||
    screen.conditions.some((c) => situation.history?.conditions?.includes(c))
  );
}

const choicesOf = (question: Question): Choice[] => (question.kind === 'number' ? [] : question.choices);
const rulesOutMassage = (situation: Situation, patch: Patch): boolean => {
  const verdict = assessSituation(applyPatch(situation, patch));
  return verdict.massage === 'avoid' || isEmergencyCare(verdict.care);
};

/** Later answers (one choice, or two of the same question) that would turn the verdict to avoid or emergency. */
function listRuledOutBy(situation: Situation, remaining: readonly Question[]): string[] {
  const labels = new Set<string>();
  for (const question of remaining) {
    const choices = choicesOf(question);
    const alone = choices.filter((choice) => rulesOutMassage(situation, choice.patch));
    for (const choice of alone) labels.add(choice.label);
    if (question.kind !== 'many') continue;
    const rest = choices.filter((choice) => !alone.includes(choice));
    rest.forEach((a, index) => {
      for (const b of rest.slice(index + 1)) {
        if (!rulesOutMassage(situation, applyPatch(a.patch, b.patch))) continue;
        labels.add(a.label);
        labels.add(b.label);
      }
    });
  }
  return [...labels];
}

/**
 * The relief gate: for a cramp happening now, the region's stretch as soon as the whole red-flag screen is
 * answered clear; nothing while any red-flag question is unanswered or answered yes, or when what is known
 * already calls for an emergency or rules massage out. Both the web questionnaire and `knead check` use it.
 * @example findReliefStep({ answers: { region: 'calf', presentation: 'cramp', ongoing: true }, answered: ['region', 'presentation', 'red-flag-signs', 'red-flag-contexts'], memory: {} })?.step.technique // 'stretch'
 */
export function findReliefStep(state: QuestionnaireState, t?: Translator, place?: CarePlace): ReliefStep | null {
  const situation = toAssessable(state.answers, state.memory);
  if (!situation || state.answers.presentation !== 'cramp' || !isOngoingCramp(situation)) return null;
  const region = REGION_GUIDES[situation.region];
  if (!region.suitable.includes('stretch')) return null;
  const questions = listQuestions(state);
  const screen = questions.filter((q) => q.phase === 'screen');
  if (screen.length === 0 || screen.some((q) => !state.answered.includes(q.id))) return null;
  if (hasRedFlag(situation) || screen.some((q) => choicesOf(q).some((choice) => isPicked(choice, situation))))
    return null;
  const verdict = assessSituation(situation);
  if (verdict.massage === 'avoid' || isEmergencyCare(verdict.care)) return null;
  const remaining = questions
    .filter((q) => q.phase !== 'screen' && !state.answered.includes(q.id))
    .map((q) => (t ? localiseQuestion(q, t) : q));
  const options: StepOptions = { region, massage: verdict.massage };
  // In another language (namespaces `plan`, `knowledge`, `labels`, `assessment` loaded, and plan-wording-in.ts or
  // assess-in.ts imported by the caller): the step and the labels in it.
  if (t) options.wording = planWordingFor(t, place ?? { country: countryOfLocale(t.locale) });
  return {
    step: buildPlanStep('stretch', options),
    regionSource: citeSource(region.source),
    skipIf: listRuledOutBy(situation, remaining),
  };
}
