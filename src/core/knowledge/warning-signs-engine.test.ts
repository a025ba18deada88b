import { describe, expect, it } from 'vitest';
import { assessSituation } from '../assess/assess-situation';
import type { Situation } from '../situation';
import { WARNING_SIGNS } from './warning-signs';

/** A situation showing each warning sign, so the knowledge and the engine are checked against each other. */
const EXAMPLES: Record<string, Situation> = {
  'warning-emergency-signs': { region: 'calf', signs: ['chest-pain'] },
  'warning-tetanus': { region: 'jaw', context: ['wound'], signs: ['jaw-stiffness'] },
  'warning-tetany': { region: 'hand', signs: ['tingling-around-mouth', 'hand-foot-spasm'] },
  'warning-cauda-equina': { region: 'lower-back', signs: ['saddle-numbness'] },
  'warning-fracture-compartment': { region: 'shin', context: ['injury'], signs: ['cannot-bear-weight'] },
  'warning-rhabdomyolysis': { region: 'thigh-front', context: ['exercise'], signs: ['dark-urine'] },
  'warning-toxin': { region: 'calf', context: ['toxin-exposure'] },
  'warning-heatstroke': { region: 'thigh-front', context: ['heat', 'exercise'], signs: ['no-sweating'] },
  'warning-meningitis': { region: 'neck', presentation: 'tightness', signs: ['fever'] },
  'warning-acute-dystonia': { region: 'neck', context: ['new-medicine'], signs: ['involuntary-twisting'] },
  'warning-muscle-bleed': {
    region: 'thigh-front',
    signs: ['spreading-bruise'],
    history: { medications: ['anticoagulant'] },
  },
  'warning-compartment': { region: 'shin', context: ['injury'], signs: ['pain-out-of-proportion', 'tight-swelling'] },
  'warning-progressive-weakness': { region: 'lower-back', signs: ['progressive-weakness'] },
  'warning-serious-accident': { region: 'neck', context: ['major-trauma'] },
  'warning-back-red-flags': { region: 'lower-back', presentation: 'tightness', signs: ['weight-loss'] },
  'warning-local-tetanus': { region: 'forearm', context: ['wound'] },
  'warning-persistent-hour': { region: 'calf', ongoing: true, durationMinutes: 61 },
  'warning-dvt': { region: 'calf', signs: ['swelling', 'redness'] },
  'warning-dvt-risk': { region: 'calf', signs: ['swelling'], history: { conditions: ['recent-surgery'] } },
  'warning-infection': { region: 'forearm', signs: ['fever', 'warmth'] },
  'warning-chest-abdomen': { region: 'abdomen' },
  'warning-fluid-loss': { region: 'calf', context: ['fluid-loss'] },
  'warning-weakness-numbness': { region: 'calf', signs: ['numbness'] },
  'warning-longer-than-10-minutes': { region: 'calf', ongoing: true, durationMinutes: 11 },
  'warning-worse-with-massage': { region: 'calf', signs: ['pain-worse-during-massage'] },
  'warning-inflamed-or-injured': { region: 'calf', signs: ['extreme-tenderness'] },
  'warning-open-wound': { region: 'calf', signs: ['open-wound'], history: { conditions: ['tetanus-up-to-date'] } },
  'warning-tightness-not-improving': { region: 'upper-back', presentation: 'tightness', durationMinutes: 60 * 24 * 35 },
  'warning-fresh-strain': { region: 'thigh-back', context: ['injury'] },
  'warning-walking': { region: 'calf', context: ['walking'] },
  'warning-new-medicine': { region: 'calf', history: { medications: ['statin'] } },
  'warning-frequent-not-improving': { region: 'calf', history: { frequency: 'weekly' } },
  'warning-recurring-despite-stretching': { region: 'calf', history: { previousMassage: 'same', selfCareDays: 3 } },
  'warning-disturbs-sleep': { region: 'calf', context: ['night'], history: { frequency: 'daily' } },
};

describe('warning signs agree with the assessment engine', () => {
  it('has an example for every warning sign', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(WARNING_SIGNS.map((sign) => sign.id).sort());
  });

  it.each(WARNING_SIGNS.map((sign) => [sign.id, sign] as const))(
    '%s: the engine gives the same care level',
    (id, sign) => {
      const example = EXAMPLES[id];
      if (!example) throw new Error(`no example for ${id}`);
      const { care } = assessSituation(example);
      expect(care, `${id}: engine said ${care}, knowledge says ${sign.care}`).toBe(sign.care);
    },
  );
});
