import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../assessment';
import type { Situation } from '../situation';
import { CARE_LEVELS, MASSAGE_LEVELS, SIGNS } from '../vocabulary';
import { arbitrarySituation } from './arbitrary-situation.test-support';
import { assessSituation } from './assess-situation';
import { toFacts } from './facts';
import { recommendsMassage, statementsOf } from './one-voice.test-support';
import { RULES } from './rules';

const RUNS = 100_000;
const has = <T>(list: readonly T[] | undefined, ...wanted: T[]) => wanted.some((w) => list?.includes(w) ?? false);

/** The emergency signs of DESIGN.md and of docs/safety/rules.md (v2), restated independently of the rule data. */
function isEmergencyBySpec(s: Situation): boolean {
  const signs = s.signs;
  const ctx = s.context;
  const tetanySigns = ['tingling-around-mouth', 'hand-foot-spasm', 'multiple-muscle-groups'] as const;
  const bleedRisk = has(s.history?.medications, 'anticoagulant') || has(s.history?.conditions, 'bleeding-disorder');
  const spine = s.region === 'neck' || s.region === 'upper-back' || s.region === 'lower-back';
  return (
    has(signs, 'chest-pain', 'breathing-difficulty', 'confusion', 'difficulty-swallowing', 'no-sweating') ||
    (has(signs, 'jaw-stiffness') && (has(ctx, 'wound', 'new-medicine') || has(signs, 'open-wound'))) ||
    (has(ctx, 'new-medicine') && has(signs, 'involuntary-twisting')) ||
    (s.region === 'neck' && has(signs, 'fever', 'severe-headache', 'rash')) ||
    (has(signs, 'fever') && has(signs, 'rash')) ||
    tetanySigns.filter((t) => has(signs, t)).length >= 2 ||
    has(signs, 'saddle-numbness', 'bladder-bowel-change', 'progressive-weakness') ||
    (has(ctx, 'injury', 'major-trauma') && has(signs, 'deformity', 'cannot-bear-weight')) ||
    (spine && has(ctx, 'major-trauma')) ||
    (has(signs, 'pain-out-of-proportion') && has(signs, 'tight-swelling', 'numbness')) ||
    (bleedRisk &&
      (has(signs, 'spreading-bruise', 'tight-swelling') || (has(signs, 'swelling') && has(signs, 'warmth')))) ||
    (has(signs, 'dark-urine') && has(ctx, 'exercise', 'heat', 'overuse')) ||
    has(ctx, 'toxin-exposure') ||
    (s.presentation !== 'tightness' && s.ongoing !== false && (s.durationMinutes ?? 0) > 60)
  );
}

const urgency = (care: string) => CARE_LEVELS.indexOf(care as never);
const restrictiveness = (massage: string) => MASSAGE_LEVELS.indexOf(massage as never);

describe(`assessSituation invariants over ${RUNS.toLocaleString('en')} random situations`, () => {
  it('holds every safety invariant and always validates against the Assessment schema', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        const a = assessSituation(situation);
        // Output contract.
        expect(AssessmentSchema.safeParse(a).success).toBe(true);
        // An emergency sign never yields self_care or a plan.
        if (isEmergencyBySpec(situation)) {
          expect(['emergency_ambulance', 'emergency']).toContain(a.care);
          expect(a.plan).toBeNull();
          expect(a.schedule).toBeNull();
        }
        // avoid ⇔ no plan.
        expect(a.massage === 'avoid').toBe(a.plan === null);
        const steps = a.plan?.steps ?? [];
        // gentle never has friction, trigger-point, deep tissue, petrissage or firm pressure.
        if (a.massage === 'gentle') {
          for (const step of steps) {
            expect(['friction', 'trigger-point', 'deep-tissue', 'petrissage']).not.toContain(step.technique);
            expect(step.pressure).not.toBe('firm');
          }
        }
        // Heat never with swelling, redness, warmth, extreme tenderness or an injury.
        if (
          has(situation.signs, 'swelling', 'redness', 'warmth', 'extreme-tenderness') ||
          has(situation.context, 'injury')
        ) {
          expect(steps.map((s) => s.technique)).not.toContain('heat');
        }
        // One voice: when massage is ruled out, no statement recommends it.
        if (a.massage === 'avoid') {
          for (const text of statementsOf(a)) expect(recommendsMassage(text), text).toBe(false);
        }
        // Every fired rule appears in reasons, with a source.
        const facts = toFacts(situation);
        const reasonIds = new Map(a.reasons.map((r) => [r.id, r.source]));
        for (const rule of RULES.filter((r) => r.when(facts))) {
          expect(reasonIds.get(rule.id)?.length ?? 0).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('adding a sign never makes the verdict less urgent or massage less restricted', () => {
    fc.assert(
      fc.property(arbitrarySituation, fc.constantFrom(...SIGNS), (situation, sign) => {
        const before = assessSituation(situation);
        const after = assessSituation({ ...situation, signs: [...(situation.signs ?? []), sign] });
        expect(urgency(after.care)).toBeLessThanOrEqual(urgency(before.care));
        expect(restrictiveness(after.massage)).toBeLessThanOrEqual(restrictiveness(before.massage));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbitrarySituation, (situation) => {
        expect(assessSituation(situation)).toEqual(assessSituation(structuredClone(situation)));
      }),
      { numRuns: 2_000 },
    );
  });
});
