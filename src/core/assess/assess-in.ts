import type { Assessment, Plan, Schedule } from '../assessment';
import type { Namespace } from '../i18n/catalogs';
import type { Translator } from '../i18n/translator';
import { defaultCountryOf } from '../knowledge/localise';
import type { CarePlace } from '../messages/care-words';
import { buildPlan } from '../plan/build-plan';
import type { PlanMassage } from '../plan/plan-step';
import { planWordingIn } from '../plan/plan-wording';
import { buildSchedule } from '../plan/schedule';
import type { Situation } from '../situation';
import { assessSituation } from './assess-situation';
import { assessmentWordingIn } from './assessment-wording';

/** The catalog namespaces an assessment's words come from: load these before calling assessSituationIn. */
export const ASSESSMENT_NAMESPACES = [
  'assessment',
  'care',
  'labels',
  'plan',
  'knowledge',
] as const satisfies readonly Namespace[];

/** The place a translator implies when none is chosen: its locale's country (en-GB → GB, es → ES, de → DE). */
export function placeOf(t: Translator, place?: CarePlace): CarePlace {
  return place ?? { country: defaultCountryOf(t.locale) };
}

/**
 * The assessment of a situation in the translator's language, naming the care services and emergency number of
 * `place` (default: the locale's country). Same verdict, ids, sources and numbers as `assessSituation`: only the
 * texts change, and with en-GB and GB they are today's, byte for byte (assess-in.test.ts).
 * @example assessSituationIn({ region: 'calf', signs: ['chest-pain'] }, es, { country: 'ES' }).reasons[0].text
 */
export function assessSituationIn(situation: Situation, t: Translator, place?: CarePlace): Assessment {
  return assessSituation(situation, assessmentWordingIn(t, placeOf(t, place)));
}

/** A plan in the translator's language (its knowledge texts for `place`). */
export function buildPlanIn(situation: Situation, massage: PlanMassage, t: Translator, place?: CarePlace): Plan {
  return buildPlan(situation, massage, planWordingIn(t, placeOf(t, place)));
}

/** A schedule in the translator's language. */
export function buildScheduleIn(
  situation: Situation,
  massage: PlanMassage,
  t: Translator,
  place?: CarePlace,
): Schedule {
  return buildSchedule(situation, massage, planWordingIn(t, placeOf(t, place)));
}
