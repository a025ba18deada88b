import type { Situation } from '../../situation';
import type { CareLevel, MassageLevel } from '../../vocabulary';

export const CALIBRATION_CLASSES = ['benign', 'tightness', 'urgent', 'emergency', 'boundary', 'trap', 'study'] as const;
export type CalibrationClass = (typeof CALIBRATION_CLASSES)[number];

/**
 * A case written from published guidance, blind to the engine's rules: the single best answer, every care level a
 * careful clinician would accept, and the guidance it comes from.
 */
export interface CalibrationCase {
  id: string;
  class: CalibrationClass;
  story: string;
  situation: Situation;
  /** `massage` is the MOST permissive massage a clinician would allow. */
  expected: { care: CareLevel; massage: MassageLevel };
  /** Contains `expected.care`. */
  acceptableCare: CareLevel[];
  source: string;
}
