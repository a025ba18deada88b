import type { Situation } from '../situation';
import type { Condition, Context, Medication, Sign } from '../vocabulary';

/** A Situation normalised once for fast, repeated rule checks (sets instead of arrays). */
export interface Facts {
  situation: Situation;
  signs: ReadonlySet<Sign>;
  contexts: ReadonlySet<Context>;
  conditions: ReadonlySet<Condition>;
  medications: ReadonlySet<Medication>;
  /** `ongoing` when not given is treated as still going: the safer reading (docs/decisions/0003). */
  isOngoing: boolean;
}

/** Normalise a Situation into Facts. @example toFacts({ region: 'calf' }).signs.size // 0 */
export function toFacts(situation: Situation): Facts {
  return {
    situation,
    signs: new Set(situation.signs),
    contexts: new Set(situation.context),
    conditions: new Set(situation.history?.conditions),
    medications: new Set(situation.history?.medications),
    isOngoing: situation.ongoing !== false,
  };
}
