import { describe, expect, it } from 'vitest';
import type { Situation } from '../situation';
import type { CareLevel, MassageLevel } from '../vocabulary';
import { assessSituation } from './assess-situation';

interface Row {
  row: string;
  situation: Situation;
  care: CareLevel;
  massage: MassageLevel;
  rule: string;
}

// One case per row of DESIGN.md's rules table, in its order. "unchanged" rows expect the self-care/full baseline.
const ROWS: Row[] = [
  {
    row: 'chest-pain',
    situation: { region: 'calf', signs: ['chest-pain'] },
    care: 'emergency_ambulance',
    massage: 'avoid',
    rule: 'emergency-signs',
  },
  {
    row: 'breathing-difficulty',
    situation: { region: 'calf', signs: ['breathing-difficulty'] },
    care: 'emergency_ambulance',
    massage: 'avoid',
    rule: 'emergency-signs',
  },
  {
    row: 'confusion',
    situation: { region: 'thigh-back', signs: ['confusion'] },
    care: 'emergency_ambulance',
    massage: 'avoid',
    rule: 'emergency-signs',
  },
  {
    row: 'jaw-stiffness + wound context (tetanus)',
    situation: { region: 'jaw', signs: ['jaw-stiffness'], context: ['wound'] },
    care: 'emergency_ambulance',
    massage: 'avoid',
    rule: 'possible-tetanus',
  },
  {
    row: 'difficulty-swallowing + open-wound (tetanus)',
    situation: { region: 'neck', signs: ['difficulty-swallowing', 'open-wound'] },
    care: 'emergency_ambulance',
    massage: 'avoid',
    rule: 'possible-tetanus',
  },
  {
    row: 'tetany: two of the three signs',
    situation: { region: 'hand', signs: ['tingling-around-mouth', 'hand-foot-spasm'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'tetany',
  },
  {
    row: 'lower-back + saddle-numbness',
    situation: { region: 'lower-back', signs: ['saddle-numbness'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'cauda-equina',
  },
  {
    row: 'lower-back + bladder-bowel-change',
    situation: { region: 'lower-back', signs: ['bladder-bowel-change'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'cauda-equina',
  },
  {
    row: 'injury + deformity',
    situation: { region: 'forearm', context: ['injury'], signs: ['deformity'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'injury-deformity',
  },
  {
    row: 'injury + cannot-bear-weight',
    situation: { region: 'calf', context: ['injury'], signs: ['cannot-bear-weight'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'injury-deformity',
  },
  {
    row: 'dark-urine after exercise',
    situation: { region: 'thigh-front', context: ['exercise'], signs: ['dark-urine'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'dark-urine-after-exertion',
  },
  {
    row: 'toxin-exposure',
    situation: { region: 'calf', context: ['toxin-exposure'] },
    care: 'emergency',
    massage: 'avoid',
    rule: 'toxin-exposure',
  },
  {
    row: 'ongoing > 60 min',
    situation: { region: 'calf', ongoing: true, durationMinutes: 61 },
    care: 'emergency',
    massage: 'avoid',
    rule: 'ongoing-over-60-min',
  },
  {
    row: 'leg + swelling + redness (clot)',
    situation: { region: 'calf', signs: ['swelling', 'redness'] },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'possible-clot',
  },
  {
    row: 'leg + swelling + warmth (clot)',
    situation: { region: 'thigh-back', signs: ['swelling', 'warmth'] },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'possible-clot',
  },
  {
    row: 'leg swelling + blood-clot-history',
    situation: { region: 'shin', signs: ['swelling'], history: { conditions: ['blood-clot-history'] } },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'clot-risk-swelling',
  },
  {
    row: 'leg swelling + pregnancy',
    situation: { region: 'foot', signs: ['swelling'], context: ['pregnancy'] },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'clot-risk-swelling',
  },
  {
    row: 'fever + redness (infection)',
    situation: { region: 'forearm', signs: ['fever', 'redness'] },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'possible-infection',
  },
  {
    row: 'region chest',
    situation: { region: 'chest' },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'trunk-cramp',
  },
  {
    row: 'region abdomen',
    situation: { region: 'abdomen' },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'trunk-cramp',
  },
  {
    row: 'fluid-loss',
    situation: { region: 'calf', context: ['fluid-loss'] },
    care: 'consultation_24',
    massage: 'gentle',
    rule: 'fluid-loss',
  },
  {
    row: 'weakness',
    situation: { region: 'upper-arm', signs: ['weakness'] },
    care: 'consultation_24',
    massage: 'gentle',
    rule: 'weakness-or-numbness',
  },
  {
    row: 'numbness',
    situation: { region: 'foot', signs: ['numbness'] },
    care: 'consultation_24',
    massage: 'gentle',
    rule: 'weakness-or-numbness',
  },
  {
    row: 'ongoing > 10 min',
    situation: { region: 'calf', ongoing: true, durationMinutes: 11 },
    care: 'consultation_24',
    massage: 'gentle',
    rule: 'ongoing-over-10-min',
  },
  {
    row: 'lasted > 10 min (over)',
    situation: { region: 'calf', ongoing: false, durationMinutes: 11 },
    care: 'consultation',
    massage: 'gentle',
    rule: 'lasted-over-10-min',
  },
  {
    row: 'pain-worse-during-massage',
    situation: { region: 'calf', signs: ['pain-worse-during-massage'] },
    care: 'consultation',
    massage: 'avoid',
    rule: 'pain-worse-during-massage',
  },
  {
    // v2: tetanus cover unknown → same-day check (NHS tetanus); with cover up to date the table's level holds.
    row: 'open-wound at the spot, tetanus cover unknown',
    situation: { region: 'calf', signs: ['open-wound'] },
    care: 'consultation_24',
    massage: 'avoid',
    rule: 'possible-local-tetanus',
  },
  {
    row: 'open-wound at the spot',
    situation: { region: 'calf', signs: ['open-wound'], history: { conditions: ['tetanus-up-to-date'] } },
    care: 'consultation',
    massage: 'avoid',
    rule: 'open-wound',
  },
  {
    row: 'previousMassage worse',
    situation: { region: 'calf', history: { previousMassage: 'worse' } },
    care: 'consultation',
    massage: 'avoid',
    rule: 'worse-after-massage',
  },
  {
    row: 'previousMassage same after 3 selfCareDays',
    situation: { region: 'calf', history: { previousMassage: 'same', selfCareDays: 3 } },
    care: 'consultation',
    massage: 'full',
    rule: 'not-improving-with-massage',
  },
  {
    row: 'frequency weekly',
    situation: { region: 'calf', history: { frequency: 'weekly' } },
    care: 'consultation',
    massage: 'full',
    rule: 'frequent-spasms',
  },
  {
    row: 'frequency daily',
    situation: { region: 'calf', history: { frequency: 'daily' } },
    care: 'consultation',
    massage: 'full',
    rule: 'frequent-spasms',
  },
  {
    row: 'diuretic',
    situation: { region: 'calf', history: { medications: ['diuretic'] } },
    care: 'consultation',
    massage: 'full',
    rule: 'cramp-medication',
  },
  {
    row: 'statin',
    situation: { region: 'calf', history: { medications: ['statin'] } },
    care: 'consultation',
    massage: 'full',
    rule: 'cramp-medication',
  },
  {
    row: 'blood-pressure medication',
    situation: { region: 'calf', history: { medications: ['blood-pressure'] } },
    care: 'consultation',
    massage: 'full',
    rule: 'cramp-medication',
  },
  {
    // v2: cramps with walking may be poor circulation: gentle massage only.
    row: 'walking',
    situation: { region: 'calf', context: ['walking'] },
    care: 'consultation',
    massage: 'gentle',
    rule: 'cramps-when-walking',
  },
  {
    // v2: no massage for the first 72 hours after an injury (NHS sprains and strains), gentle after.
    row: 'injury (fresh)',
    situation: { region: 'calf', context: ['injury'] },
    care: 'consultation',
    massage: 'avoid',
    rule: 'fresh-injury',
  },
  {
    row: 'injury (older than 72 h)',
    situation: { region: 'calf', presentation: 'tightness', context: ['injury'], durationMinutes: 4 * 24 * 60 },
    care: 'consultation',
    massage: 'gentle',
    rule: 'healing-injury',
  },
  {
    row: 'redness',
    situation: { region: 'forearm', signs: ['redness'] },
    care: 'consultation',
    massage: 'gentle',
    rule: 'inflamed-or-tender',
  },
  {
    row: 'warmth',
    situation: { region: 'forearm', signs: ['warmth'] },
    care: 'consultation',
    massage: 'gentle',
    rule: 'inflamed-or-tender',
  },
  {
    row: 'extreme-tenderness',
    situation: { region: 'calf', signs: ['extreme-tenderness'] },
    care: 'consultation',
    massage: 'gentle',
    rule: 'inflamed-or-tender',
  },
  {
    row: 'bruising',
    situation: { region: 'calf', signs: ['bruising'] },
    care: 'self_care',
    massage: 'gentle',
    rule: 'bruising',
  },
  {
    row: 'radiating-pain',
    situation: { region: 'lower-back', signs: ['radiating-pain'] },
    care: 'self_care',
    massage: 'gentle',
    rule: 'possible-pinched-nerve',
  },
  { row: 'region neck', situation: { region: 'neck' }, care: 'self_care', massage: 'gentle', rule: 'neck-region' },
  {
    row: 'fibromyalgia',
    situation: { region: 'shoulder', history: { conditions: ['fibromyalgia'] } },
    care: 'self_care',
    massage: 'gentle',
    rule: 'gentle-for-condition',
  },
  {
    row: 'multiple-sclerosis',
    situation: { region: 'calf', history: { conditions: ['multiple-sclerosis'] } },
    care: 'self_care',
    massage: 'gentle',
    rule: 'gentle-for-condition',
  },
  {
    row: 'bleeding-disorder',
    situation: { region: 'calf', history: { conditions: ['bleeding-disorder'] } },
    care: 'self_care',
    massage: 'gentle',
    rule: 'gentle-for-condition',
  },
  {
    row: 'anticoagulant',
    situation: { region: 'calf', history: { medications: ['anticoagulant'] } },
    care: 'self_care',
    massage: 'gentle',
    rule: 'gentle-for-condition',
  },
  {
    row: 'pregnancy',
    situation: { region: 'calf', context: ['pregnancy'] },
    care: 'self_care',
    massage: 'gentle',
    rule: 'gentle-for-condition',
  },
  {
    row: 'intensity >= 8',
    situation: { region: 'calf', intensity: 8 },
    care: 'self_care',
    massage: 'gentle',
    rule: 'very-painful',
  },
];

describe('DESIGN.md rules table (v1), one case per row, with the v2 changes of docs/safety/rules.md', () => {
  it.each(ROWS)('$row → $care / $massage', ({ situation, care, massage, rule }) => {
    const assessment = assessSituation(situation);
    expect(assessment.care).toBe(care);
    expect(assessment.massage).toBe(massage);
    expect(assessment.reasons.map((r) => r.id)).toContain(rule);
    if (massage === 'avoid') expect(assessment.plan).toBeNull();
    else expect(assessment.plan?.massage).toBe(massage);
  });

  it('none of the above → self_care / full, with a reason saying so', () => {
    const assessment = assessSituation({ region: 'calf', ongoing: true, durationMinutes: 2, intensity: 5 });
    expect(assessment.care).toBe('self_care');
    expect(assessment.massage).toBe('full');
    expect(assessment.reasons.map((r) => r.id)).toContain('no-warning-signs');
    expect(assessment.plan?.steps.map((s) => s.technique)).toContain('friction');
  });

  it('one sign of tetany alone is not tetany, but (v2) a same-day check for a low calcium', () => {
    const a = assessSituation({ region: 'hand', signs: ['hand-foot-spasm'] });
    expect(a.reasons.map((r) => r.id)).not.toContain('tetany');
    expect(a.care).toBe('consultation_24');
  });

  it('jaw stiffness without any wound is not the tetanus rule', () => {
    const ids = assessSituation({ region: 'jaw', signs: ['jaw-stiffness'] }).reasons.map((r) => r.id);
    expect(ids).not.toContain('possible-tetanus');
  });

  it('swelling outside the legs is not the clot rule', () => {
    const ids = assessSituation({ region: 'forearm', signs: ['swelling', 'redness'] }).reasons.map((r) => r.id);
    expect(ids).not.toContain('possible-clot');
  });

  it('previousMassage same after only 2 days does not escalate', () => {
    const a = assessSituation({ region: 'calf', history: { previousMassage: 'same', selfCareDays: 2 } });
    expect(a.care).toBe('self_care');
  });
});
