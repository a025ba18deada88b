import type { Translator } from '../i18n/translator';
import { localiseKnowledge } from '../knowledge/localise';
import type { CarePlace } from '../messages/care-words';
import { durationIn, type PlanWording, registerPlanWordingIn } from './plan-wording';

/*
 * Apart from plan-wording.ts so that the default (English) engine does not load F's whole localised knowledge base:
 * only callers that want another language import this (assess-in.ts, the relief gate's translated path).
 */

const planCache = new WeakMap<Translator, Map<string, PlanWording>>();

/**
 * The plan's words in the translator's language (namespaces `plan` and `knowledge` loaded), the knowledge texts
 * naming care for `place` (default: the locale's country).
 */
export function planWordingIn(t: Translator, place?: CarePlace): PlanWording {
  const key = place ? `${place.country} ${place.emergencyNumber ?? ''}` : '';
  let byPlace = planCache.get(t);
  if (!byPlace) {
    byPlace = new Map();
    planCache.set(t, byPlace);
  }
  const cached = byPlace.get(key);
  if (cached) return cached;
  const k = localiseKnowledge(t, place);
  const m = (name: string, values?: Record<string, string | number>) => t.t(`plan.${name}`, values);
  const wording: PlanWording = {
    knowledge: {
      regions: k.regions,
      techniques: k.techniques,
      frequencyGuidelines: k.frequencyGuidelines,
      monitoringRule: k.monitoringRule,
      stopRuleText: k.stopRuleText,
    },
    numbnessCaution: m('caution.numbness'),
    aggressiveCaution: m('caution.aggressive'),
    stretchAgain: m('title.stretch-again'),
    lightEffleurage: m('title.light-effleurage'),
    gentleStretch: m('title.gentle-stretch'),
    hold: (min, max, repetitions) => m('hold', { min, max, repetitions }),
    comfortGentle: m('comfort.gentle'),
    comfortFull: m('comfort.full'),
    locate: (parts) => m('instructions.locate', parts),
    stretch: (parts) => m('instructions.stretch', parts),
    triggerPoint: (parts) => m('instructions.trigger-point', parts),
    effleurageGentle: (handsOn) => m('instructions.effleurage-gentle', { handsOn }),
    temperature: (parts) => m('instructions.temperature', parts),
    handsOn: (parts) => m('instructions.hands-on', parts),
    scheduleText: (parts, gentle) => m(gentle ? 'schedule.text-gentle' : 'schedule.text', parts),
    duration: (seconds) => durationIn(t, seconds),
  };
  byPlace.set(key, wording);
  return wording;
}

registerPlanWordingIn((t, place) => planWordingIn(t, place as CarePlace | undefined));
