import { describe, expect, it } from 'vitest';
import type { Situation } from '../situation';
import { CARE_LEVELS, MASSAGE_LEVELS } from '../vocabulary';
import { assessSituation } from './assess-situation';
import { RULES } from './rules';

/**
 * One test per rule (docs/safety/rules.md): a situation where it fires, and a near miss where the one
 * ingredient that makes it fire is missing. A new rule without an entry here fails the first test.
 */
const EXAMPLES: Record<string, { fires: Situation; nearMiss?: Situation }> = {
  'emergency-signs': { fires: { region: 'calf', signs: ['chest-pain'] }, nearMiss: { region: 'calf' } },
  'possible-tetanus': {
    fires: { region: 'jaw', context: ['wound'], signs: ['jaw-stiffness'] },
    nearMiss: { region: 'jaw', signs: ['jaw-stiffness'] },
  },
  heatstroke: {
    fires: { region: 'calf', context: ['heat'], signs: ['no-sweating'] },
    nearMiss: { region: 'calf', context: ['heat'] },
  },
  'swallowing-difficulty': { fires: { region: 'neck', signs: ['difficulty-swallowing'] } },
  'acute-dystonia': {
    fires: { region: 'neck', context: ['new-medicine'], signs: ['involuntary-twisting'] },
    nearMiss: { region: 'neck', signs: ['involuntary-twisting'] },
  },
  'possible-meningitis': {
    fires: { region: 'neck', presentation: 'tightness', signs: ['fever'] },
    nearMiss: { region: 'lower-back', presentation: 'tightness', signs: ['fever'] },
  },
  'fever-with-rash': {
    fires: { region: 'calf', signs: ['fever', 'rash'] },
    nearMiss: { region: 'calf', signs: ['rash'] },
  },
  tetany: {
    fires: { region: 'hand', signs: ['tingling-around-mouth', 'hand-foot-spasm'] },
    nearMiss: { region: 'hand', signs: ['hand-foot-spasm'] },
  },
  'cauda-equina': { fires: { region: 'lower-back', signs: ['saddle-numbness'] } },
  'progressive-neurological-deficit': {
    fires: { region: 'lower-back', presentation: 'tightness', signs: ['progressive-weakness'] },
    nearMiss: { region: 'lower-back', presentation: 'tightness', signs: ['weakness'] },
  },
  'injury-deformity': {
    fires: { region: 'forearm', context: ['injury'], signs: ['deformity'] },
    nearMiss: { region: 'forearm', context: ['injury'] },
  },
  'spine-major-trauma': {
    fires: { region: 'neck', context: ['major-trauma'] },
    nearMiss: { region: 'neck', context: ['injury'] },
  },
  'compartment-syndrome': {
    fires: { region: 'shin', context: ['injury'], signs: ['pain-out-of-proportion', 'tight-swelling'] },
    nearMiss: { region: 'shin', context: ['injury'], signs: ['pain-out-of-proportion'] },
  },
  'possible-muscle-bleed': {
    fires: { region: 'thigh-front', signs: ['spreading-bruise'], history: { medications: ['anticoagulant'] } },
    nearMiss: { region: 'thigh-front', signs: ['bruising'], history: { medications: ['anticoagulant'] } },
  },
  'dark-urine-after-exertion': {
    fires: { region: 'thigh-front', context: ['exercise'], signs: ['dark-urine'] },
    nearMiss: { region: 'thigh-front', signs: ['dark-urine'] },
  },
  'toxin-exposure': { fires: { region: 'calf', context: ['toxin-exposure'] } },
  'ongoing-over-60-min': {
    fires: { region: 'calf', ongoing: true, durationMinutes: 61 },
    nearMiss: { region: 'calf', ongoing: true, durationMinutes: 61, presentation: 'tightness' },
  },
  'possible-clot': {
    fires: { region: 'calf', signs: ['swelling', 'redness'] },
    nearMiss: { region: 'forearm', signs: ['swelling', 'redness'] },
  },
  'clot-risk-swelling': {
    fires: { region: 'calf', signs: ['swelling'], history: { conditions: ['recent-surgery'] } },
    nearMiss: { region: 'calf', signs: ['swelling'] },
  },
  'clot-risk-lingering-leg-pain': {
    fires: { region: 'calf', presentation: 'tightness', history: { conditions: ['blood-clot-history'] } },
    nearMiss: { region: 'calf', presentation: 'tightness' },
  },
  'possible-infection': {
    fires: { region: 'forearm', signs: ['fever', 'warmth'] },
    nearMiss: { region: 'forearm', signs: ['warmth'] },
  },
  'spine-fever': {
    fires: { region: 'lower-back', presentation: 'tightness', signs: ['fever'] },
    nearMiss: { region: 'calf', signs: ['fever'] },
  },
  'spine-red-flags': {
    fires: { region: 'lower-back', presentation: 'tightness', signs: ['weight-loss'] },
    nearMiss: { region: 'calf', signs: ['weight-loss'] },
  },
  'spine-cancer-history': {
    fires: { region: 'upper-back', presentation: 'tightness', history: { conditions: ['cancer-history'] } },
    nearMiss: { region: 'calf', history: { conditions: ['cancer-history'] } },
  },
  'trunk-cramp': { fires: { region: 'abdomen' }, nearMiss: { region: 'glute' } },
  'possible-local-tetanus': {
    fires: { region: 'forearm', context: ['wound'] },
    nearMiss: { region: 'forearm', context: ['wound'], history: { conditions: ['tetanus-up-to-date'] } },
  },
  'major-trauma-limb': {
    fires: { region: 'thigh-front', context: ['major-trauma'] },
    nearMiss: { region: 'thigh-front', context: ['injury'] },
  },
  'heat-exhaustion': {
    fires: { region: 'calf', context: ['heat'], signs: ['multiple-muscle-groups'] },
    nearMiss: { region: 'calf', signs: ['multiple-muscle-groups'] },
  },
  'single-tetany-sign': {
    fires: { region: 'hand', signs: ['hand-foot-spasm'] },
    nearMiss: { region: 'hand', signs: ['tingling'] },
  },
  'pad-leg-pain': {
    fires: { region: 'calf', history: { conditions: ['peripheral-artery-disease'] } },
    nearMiss: { region: 'forearm', history: { conditions: ['peripheral-artery-disease'] } },
  },
  'heat-abdominal-cramp': {
    fires: { region: 'abdomen', context: ['exercise'] },
    nearMiss: { region: 'abdomen' },
  },
  'recurring-hand-cramp': {
    fires: { region: 'hand', presentation: 'tightness', history: { frequency: 'daily' } },
    nearMiss: { region: 'hand', presentation: 'tightness', history: { frequency: 'occasional' } },
  },
  'dark-urine': { fires: { region: 'calf', signs: ['dark-urine'] } },
  'fluid-loss': { fires: { region: 'calf', context: ['fluid-loss'] } },
  'weakness-or-numbness': { fires: { region: 'calf', signs: ['numbness'] } },
  'ongoing-over-10-min': {
    fires: { region: 'calf', ongoing: true, durationMinutes: 11 },
    nearMiss: { region: 'calf', ongoing: true, durationMinutes: 10 },
  },
  'lasted-over-10-min': {
    fires: { region: 'calf', ongoing: false, durationMinutes: 11 },
    nearMiss: { region: 'calf', ongoing: false, durationMinutes: 11, presentation: 'tightness' },
  },
  'tightness-not-improving': {
    fires: { region: 'upper-back', presentation: 'tightness', durationMinutes: 5 * 7 * 24 * 60 },
    nearMiss: { region: 'upper-back', presentation: 'tightness', durationMinutes: 3 * 7 * 24 * 60 },
  },
  'tightness-severe': {
    fires: { region: 'lower-back', presentation: 'tightness', intensity: 8 },
    nearMiss: { region: 'lower-back', presentation: 'tightness', intensity: 7 },
  },
  'spine-new-over-50': {
    fires: { region: 'lower-back', presentation: 'tightness', age: 55, history: { frequency: 'first' } },
    nearMiss: { region: 'lower-back', presentation: 'tightness', age: 55, history: { frequency: 'occasional' } },
  },
  'spine-under-16': {
    fires: { region: 'lower-back', presentation: 'tightness', age: 14 },
    nearMiss: { region: 'lower-back', presentation: 'tightness', age: 16 },
  },
  'spine-immunosuppression': {
    fires: { region: 'lower-back', presentation: 'tightness', history: { conditions: ['immunosuppression'] } },
  },
  'pain-worse-during-massage': { fires: { region: 'calf', signs: ['pain-worse-during-massage'] } },
  'open-wound': { fires: { region: 'calf', signs: ['open-wound'], history: { conditions: ['tetanus-up-to-date'] } } },
  'worse-after-massage': { fires: { region: 'calf', history: { previousMassage: 'worse' } } },
  'not-improving-with-massage': {
    fires: { region: 'calf', history: { previousMassage: 'same', selfCareDays: 3 } },
    nearMiss: { region: 'calf', history: { previousMassage: 'same', selfCareDays: 2 } },
  },
  'frequent-spasms': { fires: { region: 'calf', history: { frequency: 'weekly' } } },
  'cramp-medication': { fires: { region: 'calf', history: { medications: ['statin'] } } },
  'new-medicine': { fires: { region: 'calf', context: ['new-medicine'] } },
  'cramps-when-walking': { fires: { region: 'calf', context: ['walking'] } },
  'fresh-injury': {
    fires: { region: 'thigh-back', context: ['injury'], presentation: 'tightness', durationMinutes: 24 * 60 },
    nearMiss: { region: 'thigh-back', context: ['injury'], presentation: 'tightness', durationMinutes: 73 * 60 },
  },
  'healing-injury': {
    fires: { region: 'thigh-back', context: ['injury'], presentation: 'tightness', durationMinutes: 73 * 60 },
    nearMiss: { region: 'thigh-back', context: ['injury'], presentation: 'tightness', durationMinutes: 71 * 60 },
  },
  'inflamed-or-tender': { fires: { region: 'forearm', signs: ['extreme-tenderness'] } },
  'locked-jaw': { fires: { region: 'jaw', signs: ['jaw-stiffness'] } },
  'involuntary-twisting': { fires: { region: 'neck', signs: ['involuntary-twisting'] } },
  'several-muscles': { fires: { region: 'calf', signs: ['multiple-muscle-groups'] } },
  'bruising-on-blood-thinners': {
    fires: { region: 'calf', signs: ['bruising'], history: { medications: ['anticoagulant'] } },
    nearMiss: { region: 'calf', signs: ['bruising'] },
  },
  'spreading-bruise': { fires: { region: 'calf', signs: ['spreading-bruise'] } },
  bruising: { fires: { region: 'calf', signs: ['bruising'] } },
  'possible-pinched-nerve': { fires: { region: 'upper-arm', signs: ['radiating-pain'] } },
  'neck-region': { fires: { region: 'neck' }, nearMiss: { region: 'shoulder' } },
  'gentle-for-condition': {
    fires: { region: 'calf', history: { conditions: ['peripheral-artery-disease'] } },
    nearMiss: { region: 'calf', history: { conditions: ['diabetes'] } },
  },
  'very-painful': { fires: { region: 'calf', intensity: 8 }, nearMiss: { region: 'calf', intensity: 7 } },
  'young-child': { fires: { region: 'calf', age: 11 }, nearMiss: { region: 'calf', age: 12 } },
};

const urgency = (care: string) => CARE_LEVELS.indexOf(care as never);
const restrictiveness = (massage: string) => MASSAGE_LEVELS.indexOf(massage as never);
const reasonIds = (situation: Situation) => assessSituation(situation).reasons.map((r) => r.id);

describe('every rule, one test each', () => {
  it('has an example for every rule and for nothing else', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s fires on its example and sets its levels', (id, rule) => {
    const example = EXAMPLES[id];
    if (!example) throw new Error(`no example for ${id}`);
    const assessment = assessSituation(example.fires);
    expect(assessment.reasons.map((r) => r.id)).toContain(id);
    if (rule.care) expect(urgency(assessment.care)).toBeLessThanOrEqual(urgency(rule.care));
    if (rule.massage) expect(restrictiveness(assessment.massage)).toBeLessThanOrEqual(restrictiveness(rule.massage));
    if (assessment.massage === 'avoid') expect(assessment.plan).toBeNull();
    if (example.nearMiss) expect(reasonIds(example.nearMiss)).not.toContain(id);
  });

  it('a lingering stiff neck or back with no red flag is self-care, however long it has lasted within a few weeks', () => {
    for (const region of ['neck', 'upper-back', 'lower-back'] as const) {
      const a = assessSituation({ region, presentation: 'tightness', ongoing: true, durationMinutes: 2 * 24 * 60 });
      expect(a.care, region).toBe('self_care');
      expect(a.plan, region).not.toBeNull();
      expect(a.expectedDuration.text).toMatch(/few weeks/);
    }
  });

  it('without a presentation the situation is read as a cramp (the duration rules apply)', () => {
    expect(assessSituation({ region: 'neck', ongoing: true, durationMinutes: 61 }).care).toBe('emergency');
  });
});
