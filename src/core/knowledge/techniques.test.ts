import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources';
import { TECHNIQUES } from '../vocabulary';
import { findTechniqueGuide, TECHNIQUE_GUIDES } from './techniques';

describe('TECHNIQUE_GUIDES', () => {
  it('has exactly one guide per technique, each with a known source', () => {
    expect(TECHNIQUE_GUIDES.map((g) => g.technique).sort()).toEqual([...TECHNIQUES].sort());
    for (const guide of TECHNIQUE_GUIDES) expect(Object.keys(SOURCES)).toContain(guide.source);
  });

  it('carries the article parameters: stretch 15–30 s ×3, trigger point 10–30 s, heat/cold 15–20 min', () => {
    expect(findTechniqueGuide('stretch')).toMatchObject({ hold: { minSeconds: 15, maxSeconds: 30 }, repetitions: 3 });
    expect(findTechniqueGuide('trigger-point')).toMatchObject({
      hold: { minSeconds: 10, maxSeconds: 30 },
      pressure: 'firm',
    });
    expect(findTechniqueGuide('effleurage').durationSeconds).toBe(120);
    expect(findTechniqueGuide('friction')).toMatchObject({ pressure: 'firm', durationSeconds: 60 });
    for (const t of ['heat', 'cold'] as const) {
      const seconds = findTechniqueGuide(t).durationSeconds;
      expect(seconds).toBeGreaterThanOrEqual(15 * 60);
      expect(seconds).toBeLessThanOrEqual(20 * 60);
      expect(findTechniqueGuide(t).cautions.join(' ')).toMatch(/wrap/i);
    }
    expect(findTechniqueGuide('deep-tissue').cautions.join(' ')).toMatch(/excessive pressure/);
  });

  it('gentle permission allows only locate, light stretch and effleurage, breathing, heat, cold and the pain rating', () => {
    const gentle = TECHNIQUE_GUIDES.filter((g) => g.allowedPressure.gentle !== undefined).map((g) => g.technique);
    expect(gentle.sort()).toEqual(['breathing', 'cold', 'effleurage', 'heat', 'locate', 'rate-pain', 'stretch']);
    for (const g of TECHNIQUE_GUIDES) expect(g.allowedPressure.gentle ?? 'none').not.toMatch(/firm|moderate/);
    expect(findTechniqueGuide('petrissage').allowedPressure.gentle).toBeUndefined();
  });
});
