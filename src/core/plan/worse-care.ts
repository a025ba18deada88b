import { assessSituation } from '../assess/assess-situation';
import type { Situation } from '../situation';
import type { CareLevel } from '../vocabulary';

/**
 * The care level once the pain got worse during a session: the engine's verdict for the same situation
 * with "pain worse during massage" added, so a more urgent level (a red flag) still wins.
 * @example careAfterWorse({ region: 'calf' }) // 'consultation'
 */
export function careAfterWorse(situation: Situation): CareLevel {
  const signs = new Set(situation.signs ?? []);
  signs.add('pain-worse-during-massage');
  return assessSituation({ ...situation, signs: [...signs] }).care;
}
