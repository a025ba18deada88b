import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../assessment';
import { REGION_GUIDES } from '../knowledge/regions';
import { STOP_RULE_TEXT } from '../knowledge/techniques';
import type { Situation } from '../situation';
import { CONTEXTS, FREQUENCIES, REGIONS, RESPONSES, SIGNS } from '../vocabulary';
import { buildPlan, chooseTemperature } from './build-plan';

const techniques = (s: Situation, m: 'gentle' | 'full') => buildPlan(s, m).steps.map((step) => step.technique);

describe('buildPlan full', () => {
  it('follows the article order for a calf', () => {
    expect(techniques({ region: 'calf' }, 'full')).toEqual([
      'locate',
      'stretch',
      'effleurage',
      'petrissage',
      'friction',
      'trigger-point',
      'stretch',
      'heat',
      'rate-pain',
    ]);
  });

  it('uses the article parameters and region-specific instructions', () => {
    const plan = buildPlan({ region: 'calf' }, 'full');
    const [, stretch, effleurage, petrissage, friction, trigger] = plan.steps;
    expect(stretch).toMatchObject({ hold: { minSeconds: 15, maxSeconds: 30 }, repetitions: 3 });
    expect(stretch!.instructions).toMatch(/pull your toes up toward you/);
    expect(effleurage!.durationSeconds).toBe(120);
    expect(petrissage!.durationSeconds).toBeGreaterThanOrEqual(120);
    expect(petrissage!.durationSeconds).toBeLessThanOrEqual(180);
    expect(friction).toMatchObject({ pressure: 'firm', durationSeconds: 60 });
    expect(trigger).toMatchObject({ pressure: 'firm', hold: { minSeconds: 10, maxSeconds: 30 } });
    expect(plan.steps[7]).toMatchObject({ technique: 'heat', durationSeconds: 900 });
    expect(plan.steps[7]!.instructions).toMatch(/Wrap/);
    expect(buildPlan({ region: 'thigh-back' }, 'full').steps[1]!.instructions).toMatch(/Hamstring/);
  });

  it('takes 10–15 minutes hands-on, summing the hands-on steps only', () => {
    for (const s of [{ region: 'calf' }, { region: 'calf', history: { frequency: 'daily' } }] as Situation[]) {
      const plan = buildPlan(s, 'full');
      const seconds = plan.steps
        .filter((step) => !['heat', 'cold', 'rate-pain'].includes(step.technique))
        .reduce((t, step) => t + step.durationSeconds, 0);
      expect(plan.handsOnMinutes).toBe(Math.round((seconds / 60) * 10) / 10);
      expect(plan.handsOnMinutes).toBeGreaterThanOrEqual(10);
      expect(plan.handsOnMinutes).toBeLessThanOrEqual(15);
    }
  });

  it('adds deep tissue only for a persistent or stubborn spasm, with its caution', () => {
    expect(techniques({ region: 'calf', history: { frequency: 'occasional' } }, 'full')).not.toContain('deep-tissue');
    for (const history of [{ frequency: 'weekly' }, { frequency: 'daily' }, { previousMassage: 'same' }] as const) {
      const plan = buildPlan({ region: 'calf', history }, 'full');
      const deep = plan.steps.find((s) => s.technique === 'deep-tissue');
      expect(deep?.cautions.join(' ')).toMatch(/excessive pressure/);
    }
  });

  it('leaves firm work out of the neck and keeps its cautions on every step', () => {
    const plan = buildPlan({ region: 'neck' }, 'full');
    expect(plan.steps.map((s) => s.pressure)).not.toContain('firm');
    for (const step of plan.steps) expect(step.cautions).toContain('Never press on the front of the neck.');
  });
});

describe('buildPlan for a cramp happening now', () => {
  it('starts with the region stretch and its timing, not with finding the spasm', () => {
    const plan = buildPlan({ region: 'calf', ongoing: true, presentation: 'cramp' }, 'full');
    const [first, second] = plan.steps;
    expect(first).toMatchObject({ technique: 'stretch', hold: { minSeconds: 15, maxSeconds: 30 }, repetitions: 3 });
    expect(first!.instructions).toMatch(/^Calf stretch: .*pull your toes up toward you/);
    expect(first!.source).toBe(buildPlan({ region: 'calf' }, 'full').steps[1]!.source);
    expect(second!.technique).toBe('locate');
    expect(plan.steps.filter((s) => s.technique === 'stretch').map((s) => s.title)).toEqual([
      'Stretch the muscle',
      'Stretch again',
    ]);
    expect(techniques({ region: 'thigh-back', ongoing: true }, 'gentle').slice(0, 2)).toEqual(['stretch', 'locate']);
  });

  it('keeps the usual order for a cramp that is over and for a lingering tightness', () => {
    expect(techniques({ region: 'calf', ongoing: false }, 'full')[0]).toBe('locate');
    expect(techniques({ region: 'neck', ongoing: true, presentation: 'tightness' }, 'gentle')[0]).toBe('locate');
  });

  it('puts the stretch first for every region that has one, when the cramp is happening now', () => {
    for (const region of REGIONS) {
      if (!REGION_GUIDES[region].suitable.includes('stretch')) continue;
      for (const massage of ['gentle', 'full'] as const) {
        expect(techniques({ region, ongoing: true }, massage)[0]).toBe('stretch');
      }
    }
  });
});

describe('buildPlan gentle', () => {
  it('is locate, light effleurage, gentle stretch, breathing, temperature, rate pain', () => {
    expect(techniques({ region: 'calf' }, 'gentle')).toEqual([
      'locate',
      'effleurage',
      'stretch',
      'breathing',
      'heat',
      'rate-pain',
    ]);
    const plan = buildPlan({ region: 'calf' }, 'gentle');
    expect(plan.steps[1]).toMatchObject({ pressure: 'light' });
    expect(plan.steps[2]!.instructions).toMatch(/as far as is comfortable/);
  });
});

describe('temperature', () => {
  it('chooses cold for injury or an inflamed spot, otherwise heat', () => {
    expect(chooseTemperature({ region: 'calf' })).toBe('heat');
    expect(chooseTemperature({ region: 'calf', context: ['injury'] })).toBe('cold');
    for (const sign of ['swelling', 'redness', 'warmth', 'extreme-tenderness'] as const) {
      expect(chooseTemperature({ region: 'calf', signs: [sign] })).toBe('cold');
    }
  });

  it('warns about burns and frostbite when the skin is numb', () => {
    const plan = buildPlan({ region: 'calf', signs: ['numbness'] }, 'gentle');
    const heat = plan.steps.find((s) => s.technique === 'heat');
    expect(heat?.cautions.join(' ')).toMatch(/burns or frostbite/);
  });
});

const situationArb: fc.Arbitrary<Situation> = fc.record(
  {
    region: fc.constantFrom(...REGIONS),
    intensity: fc.integer({ min: 0, max: 10 }),
    context: fc.uniqueArray(fc.constantFrom(...CONTEXTS)),
    signs: fc.uniqueArray(fc.constantFrom(...SIGNS)),
    history: fc.record(
      { frequency: fc.constantFrom(...FREQUENCIES), previousMassage: fc.constantFrom(...RESPONSES) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['region'] },
);

describe('buildPlan properties', () => {
  it('always validates, always carries the stop rule, never heat on an inflamed spot, gentle never firm', () => {
    fc.assert(
      fc.property(situationArb, fc.constantFrom('gentle' as const, 'full' as const), (situation, massage) => {
        const plan = buildPlan(situation, massage);
        expect(PlanSchema.safeParse(plan).success).toBe(true);
        for (const step of plan.steps) {
          expect(step.cautions).toContain(STOP_RULE_TEXT);
          expect(REGION_GUIDES[situation.region].suitable).toContain(step.technique);
        }
        const inflamed =
          situation.context?.includes('injury') ||
          situation.signs?.some((s) => ['swelling', 'redness', 'warmth', 'extreme-tenderness'].includes(s));
        if (inflamed) expect(plan.steps.map((s) => s.technique)).not.toContain('heat');
        if (massage === 'gentle') {
          for (const step of plan.steps) {
            expect(['friction', 'trigger-point', 'deep-tissue', 'petrissage']).not.toContain(step.technique);
            expect(['firm', 'moderate']).not.toContain(step.pressure);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
