import type { PlanStep } from '../../core/assessment';
import type { Translator } from '../../core/i18n/translator';
import { LABEL_TABLES, type LocalisedLabels, localiseLabels } from '../../core/messages/label-tables';
import { formatDuration } from '../../core/messages/numbers';
import { sumHandsOnSeconds } from '../../core/plan/plan-step';
import { type CueWords, cueWordsIn, durationIn, EN_GB_CUE_WORDS } from '../../core/plan/plan-wording';
import { WORSE_ADVICE, type WorseAdvice, worseAdviceIn } from '../../core/plan/session-advice';

/** The label tables in the translator's language when its `labels` namespace is loaded, else today's English. */
export function labelsFor(t: Translator): LocalisedLabels {
  return t.has('labels.region.calf') ? localiseLabels(t) : (LABEL_TABLES as LocalisedLabels);
}

/** The session cues' words (the `plan` namespace's) in the translator's language, else today's English. */
export function cueWordsFor(t: Translator): CueWords {
  return t.has('plan.cue.get-ready') ? cueWordsIn(t) : EN_GB_CUE_WORDS;
}

/** "It's getting worse" advice in the translator's language, else today's English. */
export function worseAdviceFor(t: Translator, advice: WorseAdvice): WorseAdvice {
  return advice === WORSE_ADVICE && t.has('plan.worse.heading') ? worseAdviceIn(t) : advice;
}

/** A step's length in the translator's words and digits ("10,5 Min."), else today's "10.5 min". */
export function durationFor(t: Translator, seconds: number): string {
  return t.has('plan.duration.seconds') ? durationIn(t, seconds) : formatDuration(seconds);
}

/** The plan's hands-on total, the exact sum of its steps' shown lengths, in the translator's words. */
export function handsOnFor(t: Translator, steps: readonly Pick<PlanStep, 'technique' | 'durationSeconds'>[]): string {
  return durationFor(t, sumHandsOnSeconds(steps));
}
