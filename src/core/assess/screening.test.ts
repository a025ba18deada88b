import { describe, expect, it } from 'vitest';
import { CARE_LEVELS, REGIONS } from '../vocabulary';
import { assessSituation } from './assess-situation';
import { listRedFlagSigns, RED_FLAG_CONTEXTS } from './screening';

describe('red-flag screening', () => {
  it('screens, for every region, each sign that alone makes that region an emergency', () => {
    for (const region of REGIONS) {
      const asked = listRedFlagSigns(region);
      for (const sign of ['chest-pain', 'breathing-difficulty', 'confusion'] as const) expect(asked).toContain(sign);
      if (region === 'lower-back')
        expect(asked).toEqual(expect.arrayContaining(['saddle-numbness', 'bladder-bowel-change']));
    }
  });

  it('every screened sign or context can raise the verdict for some region', () => {
    for (const sign of listRedFlagSigns('lower-back')) {
      const raised = REGIONS.some(
        (region) => assessSituation({ region, signs: [sign], context: ['injury', 'exercise'] }).care !== 'self_care',
      );
      expect(raised, sign).toBe(true);
    }
    // A context counts when, alone or with a screened sign, it makes the verdict more urgent.
    const rank = (care: string) => CARE_LEVELS.indexOf(care as never);
    for (const context of RED_FLAG_CONTEXTS) {
      const raises = [undefined, ...listRedFlagSigns('lower-back')].some((sign) => {
        const signs = sign ? [sign] : [];
        const without = assessSituation({ region: 'calf', signs }).care;
        const withContext = assessSituation({ region: 'calf', signs, context: [context] }).care;
        return rank(withContext) < rank(without);
      });
      expect(raises, context).toBe(true);
    }
  });
});
