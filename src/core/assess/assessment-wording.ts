import { AGGRAVATORS } from '../knowledge/aggravators';
import { CAUSES } from '../knowledge/causes';
import { DURATION_PATTERNS } from '../knowledge/duration';
import type { Aggravator, Cause, DurationPattern } from '../knowledge/types';
import { DISCLAIMER } from '../messages/verdict-labels';
import { EN_GB_PLAN_WORDING, type PlanWording } from '../plan/plan-wording';
import type { Rule } from './rule';

/**
 * Every word an assessment is made of, in one language, for one country's care services. The engine takes it
 * as a parameter and never looks at the text (decision 0031): EN_GB_WORDING is today's English (the rules' own
 * `text`, the knowledge constants), `assessmentWordingIn(t, place)` (assessment-wording-in.ts, apart so the default
 * engine does not load the whole localised knowledge base) reads the catalogs.
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
