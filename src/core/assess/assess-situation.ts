import type { Assessment, CitedText, Reason } from '../assessment';
import { AGGRAVATORS } from '../knowledge/aggravators';
import { CAUSES } from '../knowledge/causes';
import { DURATION_PATTERNS } from '../knowledge/duration';
import type { DurationPattern } from '../knowledge/types';
import { DISCLAIMER } from '../messages/labels';
import { buildPlan } from '../plan/build-plan';
import { buildSchedule } from '../plan/schedule';
import type { Situation } from '../situation';
import { citeSource } from '../sources';
import { type EpisodeType, isEmergencyCare, type MassageLevel, type Presentation } from '../vocabulary';
import { classifyEpisode } from './episode-type';
import { listAvoid, rankFactors, toReason } from './explain';
import { toFacts } from './facts';
import { RULES } from './rules';
import { decideVerdict } from './verdict';

const NO_WARNING_SIGNS: Reason = {
  id: 'no-warning-signs',
  axis: 'care',
  text: 'Nothing you told us is a warning sign, so self-care is reasonable. Stretching and massaging the muscle can ease it; stop and seek advice if the pain intensifies or the spasm worsens.',
  source: citeSource('article:should-massage'),
};

/** The duration pattern for this episode: a lingering tightness has its own course; otherwise by episode type. */
function findDurationPattern(episodeType: EpisodeType, presentation: Presentation): DurationPattern {
  const pattern =
    (episodeType !== 'tetany-like' && DURATION_PATTERNS.find((p) => p.presentation === presentation)) ||
    DURATION_PATTERNS.find((p) => p.episodeType === episodeType && p.presentation === undefined);
  if (!pattern) throw new Error(`No duration pattern for episode type ${episodeType}`);
  return pattern;
}

function describeDuration(
  episodeType: EpisodeType,
  presentation: Presentation,
  massage: MassageLevel,
): { expectedDuration: CitedText; worryIf: CitedText[]; info: Reason } {
  const pattern = findDurationPattern(episodeType, presentation);
  // When massage is ruled out, no statement may still recommend it (docs/safety/rules.md, "One voice").
  const wording = massage === 'avoid' && pattern.withoutMassage ? pattern.withoutMassage : pattern;
  const source = citeSource(pattern.source);
  return {
    expectedDuration: { text: wording.expected, source },
    worryIf: pattern.worryIf.map((w) => ({ text: w.text, source: citeSource(w.source) })),
    info: { id: `episode-type-${episodeType}`, axis: 'info', text: `${pattern.title}: ${wording.text}`, source },
  };
}

/**
 * Decide, safely and explainably, whether and how to massage (DESIGN.md "The assessment contract").
 * Pure and deterministic: red flags are evaluated with every other rule and always win the fold.
 * @example assessSituation({ region: 'calf', ongoing: true, durationMinutes: 3 }).massage // 'full'
 */
export function assessSituation(situation: Situation): Assessment {
  const facts = toFacts(situation);
  const { care, massage, fired } = decideVerdict(RULES, facts);
  const episodeType = classifyEpisode(facts);
  const { expectedDuration, worryIf, info } = describeDuration(episodeType, situation.presentation ?? 'cramp', massage);
  const reasons = fired.map(toReason);
  const emergency = isEmergencyCare(care);
  if (care === 'self_care') reasons.push(NO_WARNING_SIGNS);
  // In an emergency, "a cramp usually eases on its own" would only distract from getting help.
  if (!emergency) reasons.push(info);
  return {
    care,
    massage,
    episodeType,
    reasons,
    factors: rankFactors(CAUSES, facts),
    avoid: listAvoid(emergency ? [] : AGGRAVATORS, facts, massage, fired),
    expectedDuration,
    worryIf,
    plan: massage === 'avoid' ? null : buildPlan(situation, massage),
    schedule: massage === 'avoid' ? null : buildSchedule(situation, massage),
    disclaimer: DISCLAIMER,
  };
}
