import { BENIGN_CRAMP_CASES } from './benign-cramps';
import { BOUNDARY_CASES } from './boundaries';
import type { CalibrationCase } from './calibration-case';
import { EMERGENCY_CASES } from './emergency';
import { EMERGENCY_BODY_CASES } from './emergency-body';
import { STUDY_CASES } from './symptom-checker-study';
import { TIGHTNESS_CASES } from './tightness';
import { TIGHTNESS_BACK_CASES } from './tightness-back';
import { TRAP_CASES } from './traps';
import { URGENT_CASES } from './urgent';
import { URGENT_BACK_CASES } from './urgent-back';
import { URGENT_CAUSE_CASES } from './urgent-causes';

export type { CalibrationCase } from './calibration-case';

/** The calibration set, written from published guidance and blind to the engine's rules (issue 9). */
export const CALIBRATION_CASES: readonly CalibrationCase[] = [
  ...BENIGN_CRAMP_CASES,
  ...TIGHTNESS_CASES,
  ...TIGHTNESS_BACK_CASES,
  ...URGENT_CASES,
  ...URGENT_BACK_CASES,
  ...EMERGENCY_CASES,
  ...EMERGENCY_BODY_CASES,
  ...URGENT_CAUSE_CASES,
  ...BOUNDARY_CASES,
  ...TRAP_CASES,
  ...STUDY_CASES,
];
