import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitrarySituation } from '../assess/arbitrary-situation.test-support';
import { assessSituation } from '../assess/assess-situation';
import { PlanSchema } from '../assessment';
import { REGION_GUIDES } from '../knowledge/regions';
import { findTechniqueGuide } from '../knowledge/techniques';
import { parseInput } from '../validation/describe-issues';
import { PRESSURES, REGIONS } from '../vocabulary';
import {
  type AssignedPlan,
  AssignedPlanSchema,
  gateAssignedPlan,
  MAX_SESSIONS_PER_WEEK,
  maxPressureOf,
} from './assigned-plan';

const calfPlan: AssignedPlan = {
  region: 'calf',
  steps: [
    { technique: 'stretch', pressure: 'moderate', holdSeconds: 20, repetitions: 2 },
    { technique: 'effleurage', pressure: 'moderate' },
    { technique: 'friction', pressure: 'firm' },
    { technique: 'trigger-point', pressure: 'firm', holdSeconds: 30 },
    { technique: 'heat', pressure: 'none' },
  ],
  sessionsPerWeek: 7,
  note: 'After your run.',
};

const problemsOf = (input: unknown) => {
  const parsed = parseInput(AssignedPlanSchema, input);
  return parsed.success ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('AssignedPlanSchema: the article’s safe bounds', () => {
  it('accepts a plan within every bound', () => {
    expect(problemsOf(calfPlan)).toEqual([]);
  });

  it('names the field and the bound for a hold, repetitions or pressure beyond the article', () => {
    const problems = problemsOf({
      ...calfPlan,
      steps: [
        { technique: 'stretch', pressure: 'firm', holdSeconds: 60, repetitions: 9 },
        { technique: 'effleurage', pressure: 'light', holdSeconds: 10 },
      ],
    });
    expect(problems).toEqual([
      'steps[0].pressure: at most moderate for stretch',
      'steps[0].holdSeconds: must be 15–30 seconds for stretch',
      'steps[0].repetitions: at most 3 for stretch',
      'steps[1].holdSeconds: effleurage has no hold',
    ]);
  });

  it('refuses a technique the region does not suit, too many sessions, and a long note', () => {
    const unsuitable = REGIONS.flatMap((region) =>
      ['deep-tissue', 'friction', 'trigger-point', 'petrissage']
        .filter((t) => !REGION_GUIDES[region].suitable.includes(t as never))
        .map((technique) => ({ region, technique })),
    )[0];
    expect(unsuitable).toBeDefined();
    const { region, technique } = unsuitable as { region: string; technique: string };
    expect(problemsOf({ ...calfPlan, region, steps: [{ technique, pressure: 'light' }] })).toEqual([
      `steps[0].technique: ${technique} is not suitable for the ${region}`,
    ]);
    expect(problemsOf({ ...calfPlan, sessionsPerWeek: MAX_SESSIONS_PER_WEEK + 1 })[0]).toMatch(/^sessionsPerWeek/);
    expect(problemsOf({ ...calfPlan, note: 'x'.repeat(501) })[0]).toMatch(/^note/);
  });
});

describe('gateAssignedPlan', () => {
  it('full: a self-care verdict with full massage keeps the plan as written, clinician values included', () => {
    const assessment = assessSituation({ region: 'calf' });
    const gated = gateAssignedPlan(calfPlan, assessment);
    expect(gated.status).toBe('full');
    if (gated.status !== 'full') return;
    expect(gated.plan.steps.map((s) => [s.technique, s.pressure])).toEqual(
      calfPlan.steps.map((s) => [s.technique, s.pressure]),
    );
    expect(gated.plan.steps[0]).toMatchObject({ hold: { minSeconds: 20, maxSeconds: 20 }, repetitions: 2 });
    expect(gated.rules).toEqual([{ id: 'no-warning-signs', source: expect.any(String) }]);
    expect(PlanSchema.safeParse(gated.plan).success).toBe(true);
  });

  it('reduced: gentle (bruising) drops friction and trigger points and caps pressure to light, naming the rule', () => {
    const assessment = assessSituation({ region: 'calf', signs: ['bruising'] });
    expect(assessment.massage).toBe('gentle');
    const gated = gateAssignedPlan(calfPlan, assessment);
    expect(gated.status).toBe('reduced');
    if (gated.status !== 'reduced') return;
    expect(gated.dropped).toEqual(['friction', 'trigger-point']);
    expect(gated.plan.steps.map((s) => [s.technique, s.pressure])).toEqual([
      ['stretch', 'light'],
      ['effleurage', 'light'],
      ['heat', 'none'],
    ]);
    expect(gated.rules.map((r) => r.id)).toContain('bruising');
    expect(gated.reason).toMatch(/gentle/);
    expect(PlanSchema.safeParse(gated.plan).success).toBe(true);
  });

  it('reduced: heat becomes cold when the assessment calls for cold (swelling)', () => {
    const gated = gateAssignedPlan(calfPlan, assessSituation({ region: 'calf', signs: ['swelling'] }));
    expect(gated.status).toBe('reduced');
    expect(gated.plan?.steps.at(-1)?.technique).toBe('cold');
    expect(gated.plan?.temperature).toBe('cold');
    expect(gated.reason).toMatch(/cold/);
  });

  it('blocked: massage avoid (a fresh injury) and a red flag (chest pain) block, with the rules and sources', () => {
    const injury = gateAssignedPlan(calfPlan, assessSituation({ region: 'calf', context: ['injury'] }));
    expect(injury).toMatchObject({ status: 'blocked', plan: null, rules: [{ id: 'fresh-injury' }] });
    const chest = gateAssignedPlan(calfPlan, assessSituation({ region: 'calf', signs: ['chest-pain'] }));
    expect(chest).toMatchObject({ status: 'blocked', plan: null, rules: [{ id: 'emergency-signs' }] });
    expect(chest.rules[0]?.source).toBeTruthy();
  });

  it('blocked: an urgent red flag that still allows gentle massage (numbness) blocks the therapist’s plan', () => {
    const assessment = assessSituation({ region: 'calf', signs: ['numbness'] });
    expect(assessment).toMatchObject({ care: 'consultation_24', massage: 'gentle' });
    expect(gateAssignedPlan(calfPlan, assessment).status).toBe('blocked');
  });

  it('blocked: a gentle verdict and nothing gentle in the plan', () => {
    const firmOnly: AssignedPlan = { ...calfPlan, steps: [{ technique: 'friction', pressure: 'firm' }] };
    const gated = gateAssignedPlan(firmOnly, assessSituation({ region: 'calf', signs: ['bruising'] }));
    expect(gated).toMatchObject({ status: 'blocked', plan: null });
  });
});

const arbitraryAssignedPlan: fc.Arbitrary<AssignedPlan> = fc.constantFrom(...REGIONS).chain((region) =>
  fc.record({
    region: fc.constant(region),
    steps: fc.array(
      fc.constantFrom(...REGION_GUIDES[region].suitable).chain((technique) => {
        const guide = findTechniqueGuide(technique);
        const top = PRESSURES.indexOf(maxPressureOf(guide));
        return fc.record(
          {
            technique: fc.constant(technique),
            pressure: fc.constantFrom(...PRESSURES.slice(0, top + 1)),
            ...(guide.hold
              ? { holdSeconds: fc.integer({ min: guide.hold.minSeconds, max: guide.hold.maxSeconds }) }
              : {}),
            ...(guide.repetitions ? { repetitions: fc.integer({ min: 1, max: guide.repetitions }) } : {}),
          },
          { requiredKeys: ['technique', 'pressure'] },
        );
      }),
      { minLength: 1, maxLength: 8 },
    ),
    sessionsPerWeek: fc.integer({ min: 1, max: MAX_SESSIONS_PER_WEEK }),
  }),
) as fc.Arbitrary<AssignedPlan>;

describe('gateAssignedPlan properties', () => {
  it('every generated plan is valid, so the properties cover real plans', () => {
    fc.assert(fc.property(arbitraryAssignedPlan, (plan) => problemsOf(plan).length === 0));
  });

  it('a gated plan never has more pressure or more steps than the assessment allows; a red flag always blocks', () => {
    fc.assert(
      fc.property(arbitraryAssignedPlan, arbitrarySituation, (assigned, situation) => {
        const assessment = assessSituation({ ...situation, region: assigned.region });
        const gated = gateAssignedPlan(assigned, assessment);
        const redFlag = ['emergency_ambulance', 'emergency', 'consultation_24'].includes(assessment.care);
        if (redFlag || assessment.massage === 'avoid') {
          expect(gated).toMatchObject({ status: 'blocked', plan: null });
          return;
        }
        if (gated.plan === null) return;
        expect(gated.plan.steps.length).toBeLessThanOrEqual(assigned.steps.length);
        expect(gated.plan.massage).toBe(assessment.massage);
        for (const step of gated.plan.steps) {
          const cap = findTechniqueGuide(step.technique).allowedPressure[gated.plan.massage];
          expect(cap, step.technique).toBeDefined();
          expect(PRESSURES.indexOf(step.pressure)).toBeLessThanOrEqual(PRESSURES.indexOf(cap ?? 'none'));
        }
        expect(PlanSchema.safeParse(gated.plan).success).toBe(true);
        expect(gated.rules.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
