import type { Situation } from '../../situation';
import type { CareLevel, MassageLevel } from '../../vocabulary';
import { CARE_LEVELS, MASSAGE_LEVELS } from '../../vocabulary-lists';
import type { CalibrationCase } from './calibration-case';

/** What an engine answered for a case: the two axes and the ids of the reasons behind them. */
export interface EngineAnswer {
  care: CareLevel;
  massage: MassageLevel;
  reasons: readonly { id: string }[];
}

export interface CaseResult {
  case: CalibrationCase;
  got: { care: CareLevel; massage: MassageLevel; reasonIds: string[] };
  inAcceptable: boolean;
  underTriage: boolean;
  overTriage: boolean;
  selfCareSentToEmergency: boolean;
  gilbertSafe: boolean;
  massageTooPermissive: boolean;
  massageTooRestrictive: boolean;
}

export interface ScorecardTotals {
  cases: number;
  inAcceptable: number;
  inAcceptableShare: number;
  underTriage: number;
  overTriage: number;
  selfCareCases: number;
  selfCareSentToEmergency: number;
  gilbertSafe: number;
  gilbertSafeShare: number;
  massageTooPermissive: number;
  massageTooRestrictive: number;
}

export interface Scorecard {
  results: CaseResult[];
  totals: ScorecardTotals;
}

/** Urgency rank: 0 = emergency_ambulance (most urgent) … 4 = self_care. */
const careRank = (care: CareLevel): number => CARE_LEVELS.indexOf(care);
/** Permissiveness rank: 0 = avoid … 2 = full. */
const massageRank = (massage: MassageLevel): number => MASSAGE_LEVELS.indexOf(massage);

/**
 * Gilbert et al., "How accurate are digital symptom assessment apps for suggesting conditions and urgency advice? A
 * clinical vignettes comparison to GPs", BMJ Open 2020;10:e040269: urgency advice is "safe" when it is at the
 * gold-standard level, more conservative, or no more than one level less conservative. Here the gold standard is
 * `expected.care` and one level is one step of CARE_LEVELS.
 */
export function isGilbertSafe(expected: CareLevel, got: CareLevel): boolean {
  return careRank(got) <= careRank(expected) + 1;
}

function scoreCase(c: CalibrationCase, answer: EngineAnswer): CaseResult {
  const ranks = c.acceptableCare.map(careRank);
  const got = careRank(answer.care);
  const underTriage = got > Math.max(...ranks);
  const overTriage = got < Math.min(...ranks);
  const permissive = massageRank(answer.massage) - massageRank(c.expected.massage);
  return {
    case: c,
    got: { care: answer.care, massage: answer.massage, reasonIds: answer.reasons.map((r) => r.id) },
    inAcceptable: c.acceptableCare.includes(answer.care),
    underTriage,
    overTriage,
    selfCareSentToEmergency: c.expected.care === 'self_care' && got <= careRank('emergency'),
    gilbertSafe: isGilbertSafe(c.expected.care, answer.care),
    massageTooPermissive: permissive > 0,
    massageTooRestrictive: permissive < 0,
  };
}

const share = (n: number, of: number): number => (of === 0 ? 0 : n / of);

/**
 * Score an assessment function against calibration cases (pure: `assess` is the only thing called).
 * @example scoreCalibration(CALIBRATION_CASES, assessSituation).totals.underTriage // 0 when safe
 */
export function scoreCalibration(
  cases: readonly CalibrationCase[],
  assess: (situation: Situation) => EngineAnswer,
): Scorecard {
  const results = cases.map((c) => scoreCase(c, assess(c.situation)));
  const count = (pick: (r: CaseResult) => boolean): number => results.filter(pick).length;
  const inAcceptable = count((r) => r.inAcceptable);
  const gilbertSafe = count((r) => r.gilbertSafe);
  return {
    results,
    totals: {
      cases: results.length,
      inAcceptable,
      inAcceptableShare: share(inAcceptable, results.length),
      underTriage: count((r) => r.underTriage),
      overTriage: count((r) => r.overTriage),
      selfCareCases: count((r) => r.case.expected.care === 'self_care'),
      selfCareSentToEmergency: count((r) => r.selfCareSentToEmergency),
      gilbertSafe,
      gilbertSafeShare: share(gilbertSafe, results.length),
      massageTooPermissive: count((r) => r.massageTooPermissive),
      massageTooRestrictive: count((r) => r.massageTooRestrictive),
    },
  };
}

/** The cases a reviewer must look at: outside the acceptable set, or massage too permissive. */
export function listMisses(card: Scorecard): CaseResult[] {
  return card.results.filter((r) => !r.inAcceptable || r.massageTooPermissive);
}

/** One line per miss for a test failure or a report: id, expected vs got, and the reasons that fired. */
export function describeMiss(r: CaseResult): string {
  const { expected, acceptableCare, id } = r.case;
  const flags = [
    r.underTriage && 'UNDER-TRIAGE',
    r.overTriage && 'over-triage',
    r.selfCareSentToEmergency && 'SELF-CARE→EMERGENCY',
    r.massageTooPermissive && 'MASSAGE TOO PERMISSIVE',
    r.massageTooRestrictive && 'massage too restrictive',
  ].filter(Boolean);
  return (
    `${id} [${flags.join(', ')}]: expected ${expected.care} (accept ${acceptableCare.join('|')}) / massage ≤ ${expected.massage}; ` +
    `got ${r.got.care} / ${r.got.massage}; reasons ${r.got.reasonIds.join(', ') || '(none)'}`
  );
}
