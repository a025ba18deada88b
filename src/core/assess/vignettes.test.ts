import { describe, expect, it } from 'vitest';
import { CARE_LEVELS, MASSAGE_LEVELS } from '../vocabulary';
import { assessSituation } from './assess-situation';
import { VIGNETTES } from './vignettes';

describe('vignette suite: never under-triaged, never more massage than safe', () => {
  it.each(VIGNETTES)('$name → at least $care, at most $maxMassage', ({ situation, care, maxMassage }) => {
    const a = assessSituation(situation);
    expect(CARE_LEVELS.indexOf(a.care)).toBeLessThanOrEqual(CARE_LEVELS.indexOf(care));
    expect(MASSAGE_LEVELS.indexOf(a.massage)).toBeLessThanOrEqual(MASSAGE_LEVELS.indexOf(maxMassage));
  });

  it('is not simply over-triaging: most vignettes get exactly the expected care', () => {
    const exact = VIGNETTES.filter((v) => assessSituation(v.situation).care === v.care).length;
    expect(exact / VIGNETTES.length).toBeGreaterThanOrEqual(0.9);
  });
});
