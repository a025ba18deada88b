import { describe, expect, it } from 'vitest';
import type { Situation } from '../../situation';
import type { CareLevel, MassageLevel } from '../../vocabulary';
import type { CalibrationCase } from './calibration-case';
import { type EngineAnswer, isGilbertSafe, listMisses, scoreCalibration } from './scorecard';

/** A tiny hand-made case; the region doubles as the key the fake engine answers by. */
function makeCase(
  id: string,
  region: Situation['region'],
  care: CareLevel,
  acceptableCare: CareLevel[],
  massage: MassageLevel = 'full',
): CalibrationCase {
  return {
    id,
    class: 'benign',
    story: id,
    situation: { region },
    expected: { care, massage },
    acceptableCare,
    source: 'test',
  };
}

/** A fake engine that answers from a table keyed by region. */
function fakeAssess(table: Partial<Record<Situation['region'], [CareLevel, MassageLevel]>>) {
  return (situation: Situation): EngineAnswer => {
    const [care, massage] = table[situation.region] ?? ['self_care', 'full'];
    return { care, massage, reasons: [{ id: `fake-${situation.region}` }] };
  };
}

describe('scoreCalibration', () => {
  it('counts an answer inside the acceptable set, not under or over', () => {
    const c = makeCase('inside', 'calf', 'consultation_24', ['emergency', 'consultation_24']);
    const card = scoreCalibration([c], fakeAssess({ calf: ['emergency', 'full'] }));
    expect(card.results[0]).toMatchObject({ inAcceptable: true, underTriage: false, overTriage: false });
    expect(card.totals).toMatchObject({ cases: 1, inAcceptable: 1, inAcceptableShare: 1, underTriage: 0 });
    expect(card.results[0]?.got.reasonIds).toEqual(['fake-calf']);
    expect(listMisses(card)).toEqual([]);
  });

  it('counts an answer less urgent than every acceptable level as under-triage', () => {
    const c = makeCase('under', 'calf', 'consultation_24', ['emergency', 'consultation_24']);
    const card = scoreCalibration([c], fakeAssess({ calf: ['consultation', 'full'] }));
    expect(card.results[0]).toMatchObject({ inAcceptable: false, underTriage: true, overTriage: false });
    expect(card.totals).toMatchObject({ underTriage: 1, overTriage: 0, inAcceptable: 0, inAcceptableShare: 0 });
    expect(listMisses(card).map((r) => r.case.id)).toEqual(['under']);
  });

  it('counts an answer more urgent than every acceptable level as over-triage', () => {
    const c = makeCase('over', 'calf', 'consultation', ['consultation_24', 'consultation']);
    const card = scoreCalibration([c], fakeAssess({ calf: ['emergency', 'full'] }));
    expect(card.results[0]).toMatchObject({ inAcceptable: false, underTriage: false, overTriage: true });
    expect(card.totals).toMatchObject({ overTriage: 1, underTriage: 0 });
  });

  it('counts a self-care case sent to emergency (either emergency level), but not one sent to a consultation', () => {
    const cases = [
      makeCase('sc-ambulance', 'calf', 'self_care', ['self_care']),
      makeCase('sc-emergency', 'foot', 'self_care', ['self_care']),
      makeCase('sc-consult', 'neck', 'self_care', ['self_care']),
      makeCase('not-sc', 'hand', 'consultation', ['consultation']),
    ];
    const card = scoreCalibration(
      cases,
      fakeAssess({
        calf: ['emergency_ambulance', 'full'],
        foot: ['emergency', 'full'],
        neck: ['consultation', 'full'],
        hand: ['emergency', 'full'],
      }),
    );
    expect(card.results.map((r) => r.selfCareSentToEmergency)).toEqual([true, true, false, false]);
    expect(card.totals).toMatchObject({ selfCareCases: 3, selfCareSentToEmergency: 2 });
  });

  it('is Gilbert-safe at the gold standard, more conservative, or one level less conservative, never two', () => {
    expect(isGilbertSafe('consultation_24', 'consultation_24')).toBe(true);
    expect(isGilbertSafe('consultation_24', 'emergency_ambulance')).toBe(true);
    expect(isGilbertSafe('consultation_24', 'consultation')).toBe(true);
    expect(isGilbertSafe('consultation_24', 'self_care')).toBe(false);
    expect(isGilbertSafe('emergency_ambulance', 'consultation_24')).toBe(false);
    const cases = [
      makeCase('safe', 'calf', 'emergency', ['emergency']),
      makeCase('unsafe', 'foot', 'emergency', ['emergency']),
    ];
    const card = scoreCalibration(
      cases,
      fakeAssess({ calf: ['consultation_24', 'avoid'], foot: ['consultation', 'avoid'] }),
    );
    expect(card.results.map((r) => r.gilbertSafe)).toEqual([true, false]);
    expect(card.totals).toMatchObject({ gilbertSafe: 1, gilbertSafeShare: 0.5, underTriage: 2 });
  });

  it('flags massage more permissive than allowed as too permissive, and lists it as a miss even when care is right', () => {
    const c = makeCase('permissive', 'calf', 'self_care', ['self_care'], 'gentle');
    const card = scoreCalibration([c], fakeAssess({ calf: ['self_care', 'full'] }));
    expect(card.results[0]).toMatchObject({
      inAcceptable: true,
      massageTooPermissive: true,
      massageTooRestrictive: false,
    });
    expect(card.totals).toMatchObject({ massageTooPermissive: 1, massageTooRestrictive: 0 });
    expect(listMisses(card).map((r) => r.case.id)).toEqual(['permissive']);
  });

  it('flags massage more restrictive than allowed as too restrictive, which alone is not a miss', () => {
    const cases = [
      makeCase('restrictive', 'calf', 'self_care', ['self_care'], 'full'),
      makeCase('exact', 'foot', 'self_care', ['self_care'], 'gentle'),
    ];
    const card = scoreCalibration(cases, fakeAssess({ calf: ['self_care', 'avoid'], foot: ['self_care', 'gentle'] }));
    expect(card.results.map((r) => [r.massageTooPermissive, r.massageTooRestrictive])).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(card.totals).toMatchObject({ massageTooPermissive: 0, massageTooRestrictive: 1 });
    expect(listMisses(card)).toEqual([]);
  });

  it('gives zero shares for an empty set instead of NaN', () => {
    const card = scoreCalibration([], fakeAssess({}));
    expect(card.totals).toMatchObject({ cases: 0, inAcceptableShare: 0, gilbertSafeShare: 0 });
  });
});
