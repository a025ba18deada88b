import type { Translator } from '../i18n/translator';
import { FREQUENCY_GUIDELINES, type FrequencyGuideline, MONITORING_RULE } from '../knowledge/frequency';
import { localiseKnowledge } from '../knowledge/localise';
import { REGION_GUIDES } from '../knowledge/regions';
import { STOP_RULE_TEXT, TECHNIQUE_GUIDES } from '../knowledge/techniques';
import type { RegionGuide, TechniqueGuide } from '../knowledge/types';
import type { CarePlace } from '../messages/care-words';
import type { Region } from '../vocabulary';

/** The knowledge a plan and a schedule are built from, in one language (F's localiseKnowledge gives the same shapes). */
export interface PlanKnowledge {
  regions: Record<Region, RegionGuide>;
  techniques: readonly TechniqueGuide[];
  frequencyGuidelines: readonly FrequencyGuideline[];
  monitoringRule: { text: string; source: (typeof MONITORING_RULE)['source'] };
  stopRuleText: string;
}

/**
 * Every word a plan, a schedule and a session's cues are made of, in one language. The engine takes it as a
 * parameter (decision 0031): EN_GB_PLAN_WORDING is today's English, `planWordingIn(t)` reads the `plan` catalog.
 */
export interface PlanWording {
  knowledge: PlanKnowledge;
  numbnessCaution: string;
  aggressiveCaution: string;
  stretchAgain: string;
  lightEffleurage: string;
  gentleStretch: string;
  hold(minSeconds: number, maxSeconds: number, repetitions: number): string;
  comfortGentle: string;
  comfortFull: string;
  locate(parts: { position: string; how: string; handsOn: string }): string;
  stretch(parts: { title: string; instructions: string; comfort: string; hold: string }): string;
  triggerPoint(parts: { handsOn: string; how: string; hold: string }): string;
  effleurageGentle(handsOn: string): string;
  temperature(parts: { how: string; position: string }): string;
  handsOn(parts: { handsOn: string; how: string }): string;
  scheduleText(parts: { title: string; text: string }, gentle: boolean): string;
  /** A step's length, exactly: "30 s", "10.5 min", "2 min 15 s" (Intl digits in each locale). */
  duration(seconds: number): string;
}

/** The words of the guided session's cues: spoken in the browser, captioned, and printed with the terminal bell. */
export interface CueWords {
  getReady: string;
  release: string;
  next(title: string): string;
  hold(repetition: number, total: number): string;
  complete: string;
}

export const EN_GB_PLAN_KNOWLEDGE: PlanKnowledge = {
  regions: REGION_GUIDES,
  techniques: TECHNIQUE_GUIDES,
  frequencyGuidelines: FREQUENCY_GUIDELINES,
  monitoringRule: MONITORING_RULE,
  stopRuleText: STOP_RULE_TEXT,
};

/** Today's English: the plan's texts as they always were (plan-wording.test.ts: the en-GB catalog says the same). */
export const EN_GB_PLAN_WORDING: PlanWording = {
  knowledge: EN_GB_PLAN_KNOWLEDGE,
  numbnessCaution:
    'Your skin may not feel heat or cold properly where it is numb: check the skin every few minutes, as reduced feeling raises the risk of burns or frostbite.',
  aggressiveCaution:
    'With an injury, or an inflamed or extremely tender area, avoid aggressive massage and seek medical advice.',
  stretchAgain: 'Stretch again',
  lightEffleurage: 'Light effleurage: slow sweeping strokes',
  gentleStretch: 'Gentle stretch within comfort',
  hold: (min, max, repetitions) => `Hold ${min}–${max} seconds, release, and repeat ${repetitions} times.`,
  comfortGentle: 'Go only as far as is comfortable: a mild pull, never pain.',
  comfortFull: 'Move slowly, never beyond the point of discomfort.',
  locate: ({ position, how, handsOn }) => `${position} ${how} ${handsOn}`,
  stretch: ({ title, instructions, comfort, hold }) => `${title}: ${instructions} ${comfort} ${hold}`,
  triggerPoint: ({ handsOn, how, hold }) => `${handsOn} ${how} ${hold}`,
  effleurageGentle: (handsOn) =>
    `${handsOn} Use your flat palms to make long, slow, sweeping strokes along the muscle. Keep the pressure light throughout.`,
  temperature: ({ how, position }) => `${how} Place it over the sore area. ${position}`,
  handsOn: ({ handsOn, how }) => `${handsOn} ${how}`,
  scheduleText: ({ title, text }, gentle) =>
    `${title}: ${text}${gentle ? ' Keep every session gentle: light pressure, stretches only within comfort.' : ''}`,
  duration: (seconds) => {
    const whole = Math.max(0, Math.round(seconds));
    if (whole < 60) return `${whole} s`;
    if (whole % 30 === 0) return `${whole / 60} min`;
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  },
};

export const EN_GB_CUE_WORDS: CueWords = {
  getReady: 'Get ready',
  release: 'Release',
  next: (title) => `Next: ${title}`,
  hold: (repetition, total) => `Hold ${repetition} of ${total}`,
  complete: 'Session complete',
};

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

/** A length in whole seconds in the translator's words and digits: "10.5 min" (en-GB), "10,5 Min." (de). */
export function durationIn(t: Translator, seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return t.t('plan.duration.seconds', { seconds: whole });
  if (whole % 30 === 0) return t.t('plan.duration.minutes', { minutes: whole / 60 });
  return t.t('plan.duration.minutes-seconds', { minutes: Math.floor(whole / 60), seconds: whole % 60 });
}

/** The session cues' words in the translator's language (`plan` namespace loaded). */
export function cueWordsIn(t: Translator): CueWords {
  return {
    getReady: t.t('plan.cue.get-ready'),
    release: t.t('plan.cue.release'),
    next: (title) => t.t('plan.cue.next', { title }),
    hold: (repetition, total) => t.t('plan.cue.hold', { repetition, total }),
    complete: t.t('plan.cue.complete'),
  };
}
