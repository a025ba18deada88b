import { describe, expect, it } from 'vitest';
import { SituationSchema } from '../../situation';
import { assessSituation } from '../assess-situation';
import { CALIBRATION_CLASSES } from './calibration-case';
import { CALIBRATION_CASES } from './index';
import { type CaseResult, describeMiss, scoreCalibration } from './scorecard';

describe('calibration set: structure', () => {
  it('has at least 100 cases with unique ids', () => {
    expect(CALIBRATION_CASES.length).toBeGreaterThanOrEqual(100);
    const ids = CALIBRATION_CASES.map((c) => c.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('lists expected.care among the acceptable levels of every case', () => {
    const bad = CALIBRATION_CASES.filter((c) => !c.acceptableCare.includes(c.expected.care)).map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('gives every case a situation the API would accept', () => {
    const bad = CALIBRATION_CASES.flatMap((c) => {
      const parsed = SituationSchema.safeParse(c.situation);
      return parsed.success ? [] : [`${c.id}: ${parsed.error.message}`];
    });
    expect(bad).toEqual([]);
  });

  it('has cases in every class', () => {
    const empty = CALIBRATION_CLASSES.filter((k) => !CALIBRATION_CASES.some((c) => c.class === k));
    expect(empty).toEqual([]);
  });
});

/** The CI gate on the real engine (issue 9): failures name each missed case with expected vs got. */
describe('calibration set: the engine', () => {
  const card = scoreCalibration(CALIBRATION_CASES, assessSituation);
  const lines = (pick: (r: CaseResult) => boolean): string[] => card.results.filter(pick).map(describeMiss);

  it('under-triages no case', () => {
    expect(lines((r) => r.underTriage)).toEqual([]);
  });

  it('never allows more massage than a clinician would', () => {
    expect(lines((r) => r.massageTooPermissive)).toEqual([]);
  });

  it('sends no self-care case to emergency', () => {
    expect(lines((r) => r.selfCareSentToEmergency)).toEqual([]);
  });

  it('answers inside the acceptable set for at least 95 % of cases', () => {
    const outside = lines((r) => !r.inAcceptable);
    const share = card.totals.inAcceptableShare;
    expect(share >= 0.95 ? [] : [`${(share * 100).toFixed(1)} % inside, below 95 %`, ...outside]).toEqual([]);
  });
});
