import type { SourceId } from '../sources';
import type { CareLevel, MassageLevel } from '../vocabulary';
import type { Predicate } from './conditions';

/**
 * One row of DESIGN.md's rules table, as data. The engine reads `care` and `massage` and never
 * looks at `id`: the most urgent care and the most restrictive massage permission of all fired rules win.
 */
export interface Rule {
  /** Stable id, reported as the reason id. */
  id: string;
  /** The row in plain words, for docs and audits. */
  summary: string;
  when: Predicate;
  /** The care level this rule implies; absent = leaves care unchanged. */
  care?: CareLevel;
  /** The massage permission this rule implies; absent = leaves massage unchanged. */
  massage?: MassageLevel;
  /** What to tell the person when the rule fires. */
  text: string;
  source: SourceId;
}
