import type { Assessment, CitedText, Reason } from '../assessment';
import type { DurationPattern } from '../knowledge/types';
import { buildPlan } from '../plan/build-plan';
import { buildSchedule } from '../plan/schedule';
import type { Situation } from '../situation';
import { citeSource } from '../sources';
import type { EpisodeType, MassageLevel, Presentation } from '../vocabulary';
import { isEmergencyCare } from '../vocabulary-lists';
import { type AssessmentWording, EN_GB_WORDING } from './assessment-wording';
import { classifyEpisode } from './episode-type';
import { listAvoid, rankFactors, toReason } from './explain';
import { toFacts } from './facts';
import { RULES } from './rules';
import { decideVerdict } from './verdict';

function noWarningSigns(wording: AssessmentWording): Reason {
  return {
    id: 'no-warning-signs',
    axis: 'care',
    text: wording.noWarningSigns,
    source: citeSource('article:should-massage'),
  };
}

/** The duration pattern for this episode: a lingering tightness has its own course; otherwise by episode type. */
function findDurationPattern(
  patterns: readonly DurationPattern[],
  episodeType: EpisodeType,
  presentation: Presentation,
): DurationPattern {
  const pattern =
    (episodeType !== 'tetany-like' && patterns.find((p) => p.presentation === presentation)) ||
    patterns.find((p) => p.episodeType === episodeType && p.presentation === undefined);
  if (!pattern) throw new Error(`No duration pattern for episode type ${episodeType}`);
  return pattern;
}

function describeDuration(
  episodeType: EpisodeType,
  presentation: Presentation,
  massage: MassageLevel,
  wording: AssessmentWording,
): { expectedDuration: CitedText; worryIf: CitedText[]; info: Reason } {
  const pattern = findDurationPattern(wording.durationPatterns, episodeType, presentation);
  // When massage is ruled out, no statement may still recommend it (docs/safety/rules.md, "One voice").
  const words = massage === 'avoid' && pattern.withoutMassage ? pattern.withoutMassage : pattern;
  const source = citeSource(pattern.source);
  const episodeInfo = wording.episodeInfo(pattern.title, words.text);
  return {
    expectedDuration: { text: words.expected, source },
    worryIf: pattern.worryIf.map((w) => ({ text: w.text, source: citeSource(w.source) })),
    info: { id: `episode-type-${episodeType}`, axis: 'info', text: episodeInfo, source },
  };
}

/**
 * Decide, safely and explainably, whether and how to massage (DESIGN.md "The assessment contract").
 * Pure and deterministic: red flags are evaluated with every other rule and always win the fold.
 * @example assessSituation({ region: 'calf', ongoing: true, durationMinutes: 3 }).massage // 'full'
 */
export function assessSituation(situation: Situation, wording: AssessmentWording = EN_GB_WORDING): Assessment {
  const facts = toFacts(situation);
  const { care, massage, fired } = decideVerdict(RULES, facts);
  const episodeType = classifyEpisode(facts);
  const { expectedDuration, worryIf, info } = describeDuration(
    episodeType,
    situation.presentation ?? 'cramp',
    massage,
    wording,
  );
  const reasons = fired.map((rule) => toReason(rule, wording.ruleText(rule)));
  const emergency = isEmergencyCare(care);
  if (care === 'self_care') reasons.push(noWarningSigns(wording));
  // In an emergency, "a cramp usually eases on its own" would only distract from getting help.
  if (!emergency) reasons.push(info);
  return {
    care,
    massage,
    episodeType,
    reasons,
    factors: rankFactors(wording.causes, facts),
    avoid: listAvoid(emergency ? [] : wording.aggravators, facts, massage, fired, wording),
    expectedDuration,
    worryIf,
    plan: massage === 'avoid' ? null : buildPlan(situation, massage, wording.plan),
    schedule: massage === 'avoid' ? null : buildSchedule(situation, massage, wording.plan),
    disclaimer: wording.disclaimer,
  };
}
