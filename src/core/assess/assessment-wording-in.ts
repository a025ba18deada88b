import type { Translator } from '../i18n/translator';
import { localiseKnowledge } from '../knowledge/localise';
import { type CarePlace, careValuesIn } from '../messages/care-words';
import { planWordingIn } from '../plan/plan-wording-in';
import type { AssessmentWording } from './assessment-wording';

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
