import type { AvoidItem, Factor, Reason } from '../assessment';
import type { Aggravator, Cause } from '../knowledge/types';
import { citeSource } from '../sources';
import type { MassageLevel } from '../vocabulary';
import { EN_GB_WORDING } from './assessment-wording';
import { matchesSituation } from './conditions';
import type { Facts } from './facts';
import type { Rule } from './rule';

/** A fired rule as a reason: care-changing rules explain the care axis, the others the massage axis. */
export function toReason(rule: Rule, text: string = rule.text): Reason {
  return {
    id: rule.id,
    axis: rule.care ? 'care' : rule.massage ? 'massage' : 'info',
    text,
    source: citeSource(rule.source),
  };
}

/**
 * The causes whose declared indicators match, ranked by weight times the number of matching indicators.
 * @example rankFactors(CAUSES, toFacts({ region: 'calf', context: ['dehydration'] }))[0]?.id // 'dehydration'
 */
export function rankFactors(causes: readonly Cause[], facts: Facts): Factor[] {
  const scored: { factor: Factor; score: number }[] = [];
  for (const cause of causes) {
    const matched = cause.indicators.filter((indicator) => matchesSituation(indicator.when, facts));
    if (matched.length === 0) continue;
    scored.push({
      score: cause.weight * matched.length,
      factor: {
        id: cause.id,
        label: cause.title,
        why: matched.map((m) => m.why).join(' '),
        source: citeSource(cause.source),
      },
    });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.factor);
}

/** Aggravators to avoid now: the ones relevant to this situation, plus what the massage permission rules out. */
export function listAvoid(
  aggravators: readonly Aggravator[],
  facts: Facts,
  massage: MassageLevel,
  fired: readonly Rule[],
  wording: Pick<typeof EN_GB_WORDING, 'avoidMassageNow' | 'avoidFirmPressure'> = EN_GB_WORDING,
): AvoidItem[] {
  const items: AvoidItem[] = [];
  const restricting = fired.find((rule) => rule.massage === massage);
  if (massage === 'avoid') {
    items.push({
      id: 'massage-now',
      text: wording.avoidMassageNow,
      source: citeSource(restricting?.source ?? 'article:should-massage'),
    });
  } else if (massage === 'gentle') {
    items.push({
      id: 'firm-pressure',
      text: wording.avoidFirmPressure,
      source: citeSource(restricting?.source ?? 'article:should-massage'),
    });
  }
  for (const aggravator of aggravators) {
    const relevant =
      aggravator.always === true || (aggravator.when !== undefined && matchesSituation(aggravator.when, facts));
    if (relevant) items.push({ id: aggravator.id, text: aggravator.advice, source: citeSource(aggravator.source) });
  }
  return items;
}
