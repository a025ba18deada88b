// The safety scorecard (issue 9): the calibration set and the old vignette suite against the real engine.
// Run: npm run safety        Exits 1 on any under-triage or too-permissive massage in the calibration set.
import { assessSituation } from '../src/core/assess/assess-situation';
import type { CalibrationCase } from '../src/core/assess/calibration/calibration-case';
import { CALIBRATION_CASES } from '../src/core/assess/calibration/index';
import {
  type CaseResult,
  describeMiss,
  type Scorecard,
  scoreCalibration,
} from '../src/core/assess/calibration/scorecard';
import { VIGNETTES } from '../src/core/assess/vignettes';
import { CARE_LEVELS } from '../src/core/vocabulary';

const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;

function printTotals(title: string, card: Scorecard): void {
  const t = card.totals;
  console.log(`\n${title}`);
  console.table({
    cases: t.cases,
    'inside acceptable set': `${t.inAcceptable} (${pct(t.inAcceptableShare)})`,
    'under-triage': t.underTriage,
    'over-triage': t.overTriage,
    'self-care sent to emergency': `${t.selfCareSentToEmergency} of ${t.selfCareCases}`,
    'Gilbert-safe': `${t.gilbertSafe} (${pct(t.gilbertSafeShare)})`,
    'massage too permissive': t.massageTooPermissive,
    'massage too restrictive': t.massageTooRestrictive,
  });
}

function printMisses(results: readonly CaseResult[]): void {
  if (results.length === 0) console.log('no misses');
  for (const r of results) console.log(`- ${describeMiss(r)}\n    story: ${r.case.story}`);
}

const calibration = scoreCalibration(CALIBRATION_CASES, assessSituation);
printTotals('Calibration set (written from published guidance, blind to the rules)', calibration);
console.log('\nMisses (outside the acceptable set, or massage too permissive):');
printMisses(calibration.results.filter((r) => !r.inAcceptable || r.massageTooPermissive));

// The old suite records a minimum care level and the most massage allowed: anything at least as urgent is acceptable,
// so only under-triage and too-permissive massage mean anything for it.
const oldSuite: CalibrationCase[] = VIGNETTES.map((v) => ({
  id: v.name,
  class: 'benign',
  story: v.name,
  situation: v.situation,
  expected: { care: v.care, massage: v.maxMassage },
  acceptableCare: CARE_LEVELS.slice(0, CARE_LEVELS.indexOf(v.care) + 1),
  source: 'src/core/assess/vignettes.ts',
}));
const old = scoreCalibration(oldSuite, assessSituation);
console.log(`\nOld vignette suite (${old.totals.cases} cases, care = minimum acceptable level)`);
console.table({ 'under-triage': old.totals.underTriage, 'massage too permissive': old.totals.massageTooPermissive });
printMisses(old.results.filter((r) => r.underTriage || r.massageTooPermissive));

const unsafe = calibration.results.filter((r) => r.underTriage || r.massageTooPermissive).map((r) => r.case.id);
if (unsafe.length > 0) {
  console.error(
    `\nFAIL: ${unsafe.length} calibration case(s) under-triaged or massage too permissive: ${unsafe.join(', ')}`,
  );
  process.exit(1);
}
