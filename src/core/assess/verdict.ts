import type { CareLevel, MassageLevel } from '../vocabulary';
import { CARE_LEVELS, MASSAGE_LEVELS } from '../vocabulary-lists';
import type { Facts } from './facts';
import type { Rule } from './rule';

export interface Verdict {
  care: CareLevel;
  massage: MassageLevel;
  fired: readonly Rule[];
}

/**
 * Fire every rule and fold: the most urgent care level and the most restrictive massage permission win.
 * With nothing fired the verdict is self-care with full massage.
 * @example decideVerdict(RULES, toFacts({ region: 'calf' })) // { care: 'self_care', massage: 'full', fired: [] }
 */
export function decideVerdict(rules: readonly Rule[], facts: Facts): Verdict {
  let careRank = CARE_LEVELS.length - 1;
  let massageRank = MASSAGE_LEVELS.length - 1;
  const fired: Rule[] = [];
  for (const rule of rules) {
    if (!rule.when(facts)) continue;
    fired.push(rule);
    if (rule.care) careRank = Math.min(careRank, CARE_LEVELS.indexOf(rule.care));
    if (rule.massage) massageRank = Math.min(massageRank, MASSAGE_LEVELS.indexOf(rule.massage));
  }
  return { care: CARE_LEVELS[careRank]!, massage: MASSAGE_LEVELS[massageRank]!, fired };
}
