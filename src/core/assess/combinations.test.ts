import { describe, expect, it } from 'vitest';
import { assessSituation } from './assess-situation';

describe('combinations: most urgent care and most restrictive massage win', () => {
  it('an emergency sign beats every milder rule', () => {
    const a = assessSituation({
      region: 'neck',
      intensity: 9,
      signs: ['chest-pain', 'bruising', 'numbness'],
      history: { frequency: 'daily', medications: ['statin'] },
    });
    expect(a.care).toBe('emergency_ambulance');
    expect(a.massage).toBe('avoid');
    expect(a.plan).toBeNull();
    expect(a.reasons.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'emergency-signs',
        'weakness-or-numbness',
        'frequent-spasms',
        'cramp-medication',
        'neck-region',
      ]),
    );
  });

  it('care from one rule and massage from another combine', () => {
    // frequent → consultation (massage unchanged); neck → gentle (care unchanged)
    const a = assessSituation({ region: 'neck', history: { frequency: 'weekly' } });
    expect(a.care).toBe('consultation');
    expect(a.massage).toBe('gentle');
  });

  it('avoid from a consultation-level rule beats gentle from a more urgent rule', () => {
    // weakness → consultation_24/gentle; previous massage worse → consultation/avoid
    const a = assessSituation({ region: 'calf', signs: ['weakness'], history: { previousMassage: 'worse' } });
    expect(a.care).toBe('consultation_24');
    expect(a.massage).toBe('avoid');
    expect(a.plan).toBeNull();
  });

  it('red flags are reported before other reasons', () => {
    const a = assessSituation({ region: 'calf', intensity: 9, signs: ['swelling', 'warmth'] });
    expect(a.reasons[0]?.id).toBe('possible-clot');
  });
});

describe('duration boundaries', () => {
  it.each([
    [10, 'self_care'],
    [11, 'consultation_24'],
    [60, 'consultation_24'],
    [61, 'emergency'],
  ] as const)('ongoing %i min → %s', (minutes, care) => {
    expect(assessSituation({ region: 'calf', ongoing: true, durationMinutes: minutes }).care).toBe(care);
  });

  it.each([
    [10, 'self_care'],
    [11, 'consultation'],
    [61, 'consultation'],
  ] as const)('over, lasted %i min → %s', (minutes, care) => {
    expect(assessSituation({ region: 'calf', ongoing: false, durationMinutes: minutes }).care).toBe(care);
  });

  it('an unknown ongoing flag is read as still going (the safer reading)', () => {
    expect(assessSituation({ region: 'calf', durationMinutes: 61 }).care).toBe('emergency');
  });

  it.each([
    [1.9, 'brief'],
    [2, 'cramp'],
    [10, 'cramp'],
    [10.5, 'prolonged'],
  ] as const)('%f min is a %s episode', (minutes, type) => {
    expect(assessSituation({ region: 'calf', ongoing: false, durationMinutes: minutes }).episodeType).toBe(type);
  });

  it('tetany signs make a tetany-like episode whatever the duration', () => {
    const a = assessSituation({
      region: 'hand',
      durationMinutes: 1,
      signs: ['hand-foot-spasm', 'multiple-muscle-groups'],
    });
    expect(a.episodeType).toBe('tetany-like');
  });
});

describe('emergencies keep the screen on getting help', () => {
  it('drops reassurance and self-care tips when care is an emergency', () => {
    const a = assessSituation({ region: 'calf', signs: ['chest-pain'], context: ['dehydration', 'exercise'] });
    expect(a.reasons.map((r) => r.id)).not.toContain('episode-type-cramp');
    expect(a.avoid.map((item) => item.id)).toEqual(['massage-now']);
  });

  it('keeps them otherwise', () => {
    const a = assessSituation({ region: 'calf', context: ['dehydration'] });
    expect(a.reasons.map((r) => r.id)).toContain('episode-type-cramp');
    expect(a.avoid.length).toBeGreaterThan(0);
  });
});
