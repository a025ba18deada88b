import type { Translator } from '../i18n/translator';
import { AGGRAVATORS } from '../knowledge/aggravators';
import { CAUSES } from '../knowledge/causes';
import { DURATION_PATTERNS } from '../knowledge/duration';
import { localiseKnowledge } from '../knowledge/localise';
import type { Aggravator, Cause, DurationPattern } from '../knowledge/types';
import { type CarePlace, careValuesIn } from '../messages/care-words';
import { DISCLAIMER } from '../messages/verdict-labels';
import { EN_GB_PLAN_WORDING, type PlanWording, planWordingIn } from '../plan/plan-wording';
import type { Rule } from './rule';

/**
 * Every word an assessment is made of, in one language, for one country's care services. The engine takes it
 * as a parameter and never looks at the text (decision 0031): EN_GB_WORDING is today's English (the rules' own
 * `text`, the knowledge constants), `assessmentWordingIn(t, place)` reads the catalogs.
 */
export interface AssessmentWording {
  ruleText(rule: Rule): string;
  noWarningSigns: string;
  /** The episode type's info reason: "Cramp: …". */
  episodeInfo(title: string, text: string): string;
  avoidMassageNow: string;
  avoidFirmPressure: string;
  disclaimer: string;
  causes: readonly Cause[];
  aggravators: readonly Aggravator[];
  durationPatterns: readonly DurationPattern[];
  plan: PlanWording;
}

export const EN_GB_WORDING: AssessmentWording = {
  ruleText: (rule) => rule.text,
  noWarningSigns:
    'Nothing you told us is a warning sign, so self-care is reasonable. Stretching and massaging the muscle can ease it; stop and seek advice if the pain intensifies or the spasm worsens.',
  episodeInfo: (title, text) => `${title}: ${text}`,
  avoidMassageNow: 'Do not massage, rub or press on this area until a clinician has checked it.',
  avoidFirmPressure:
    'Avoid firm or deep pressure, hard kneading, friction and trigger-point pressure: keep it light and within comfort.',
  disclaimer: DISCLAIMER,
  causes: CAUSES,
  aggravators: AGGRAVATORS,
  durationPatterns: DURATION_PATTERNS,
  plan: EN_GB_PLAN_WORDING,
};

const cache = new WeakMap<Translator, Map<string, AssessmentWording>>();

/**
 * The assessment's words in the translator's language (namespaces `assessment`, `plan`, `labels`, `care` and
 * `knowledge` loaded), naming the care services and emergency number of `place`. Cached per translator and place.
 */
export function assessmentWordingIn(t: Translator, place: CarePlace): AssessmentWording {
  const key = `${place.country} ${place.emergencyNumber ?? ''}`;
  let byPlace = cache.get(t);
  if (!byPlace) {
    byPlace = new Map();
    cache.set(t, byPlace);
  }
  const cached = byPlace.get(key);
  if (cached) return cached;
  const care = careValuesIn(t, place);
  const knowledge = localiseKnowledge(t, place);
  const wording: AssessmentWording = {
    ruleText: (rule) => t.t(`assessment.rule.${rule.id}`, care),
    noWarningSigns: t.t('assessment.reason.no-warning-signs'),
    episodeInfo: (title, text) => t.t('assessment.reason.episode-type', { title, text }),
    avoidMassageNow: t.t('assessment.avoid.massage-now'),
    avoidFirmPressure: t.t('assessment.avoid.firm-pressure'),
    disclaimer: t.t('labels.disclaimer.text'),
    causes: knowledge.causes,
    aggravators: knowledge.aggravators,
    durationPatterns: knowledge.durationPatterns,
    plan: planWordingIn(t, place),
  };
  byPlace.set(key, wording);
  return wording;
}
