import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGRAVATORS } from '../knowledge/aggravators';
import { arbitrarySituation } from './arbitrary-situation.test-support';
import { assessSituation } from './assess-situation';

/** Under the heading "Avoid for now" every item must name what to avoid, not give an unrelated instruction. */
const SAYS_WHAT_TO_AVOID = /^(Avoid|Do not|Never)\b/;

describe('what to avoid now', () => {
  it('every aggravator names what to avoid first ("Avoid for now: Drink water regularly" contradicted itself)', () => {
    for (const aggravator of AGGRAVATORS) expect(aggravator.advice).toMatch(SAYS_WHAT_TO_AVOID);
  });

  it('the hydration item reads as something to avoid, with the advice after it', () => {
    const avoid = assessSituation({ region: 'calf', context: ['exercise'] }).avoid;
    const hydration = avoid.find((item) => item.id === 'aggravator-dehydration');
    expect(hydration?.text).toBe(
      'Avoid getting dehydrated: drink water regularly, especially during physical activity or in hot weather.',
    );
  });

  it('holds for the avoid list of any situation', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        for (const item of assessSituation(situation).avoid) expect(item.text).toMatch(SAYS_WHAT_TO_AVOID);
      }),
      { numRuns: 500 },
    );
  });
});
