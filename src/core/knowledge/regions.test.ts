import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources';
import { REGIONS } from '../vocabulary';
import { REGION_GUIDES } from './regions';

describe('REGION_GUIDES', () => {
  it('covers all 18 regions with a stretch, hands-on placement, suitable techniques and a source', () => {
    expect(Object.keys(REGION_GUIDES).sort()).toEqual([...REGIONS].sort());
    for (const region of REGIONS) {
      const guide = REGION_GUIDES[region];
      expect(guide.region).toBe(region);
      expect(guide.stretch.instructions.length).toBeGreaterThan(20);
      expect(guide.handsOn.length).toBeGreaterThan(20);
      expect(guide.suitable).toContain('rate-pain');
      expect(Object.keys(SOURCES)).toContain(guide.source);
    }
  });

  it('gives the right stretch per region', () => {
    expect(REGION_GUIDES.calf.stretch.instructions).toMatch(/toes up toward you/);
    expect(REGION_GUIDES['thigh-back'].stretch.title).toMatch(/Hamstring/);
    expect(REGION_GUIDES['thigh-front'].stretch.instructions).toMatch(/ankle/);
    expect(REGION_GUIDES.neck.stretch.instructions).toMatch(/ear toward the shoulder/);
    expect(REGION_GUIDES.jaw.handsOn).toMatch(/masseter/);
  });

  it('keeps delicate regions away from firm work and says why', () => {
    for (const region of ['neck', 'groin', 'jaw', 'chest', 'abdomen'] as const) {
      for (const t of ['friction', 'trigger-point', 'deep-tissue', 'petrissage'] as const) {
        expect(REGION_GUIDES[region].suitable).not.toContain(t);
      }
    }
    expect(REGION_GUIDES.neck.cautions.join(' ')).toMatch(/front of the neck/);
    expect(REGION_GUIDES.neck.cautions.join(' ')).toMatch(/spine/);
    expect(REGION_GUIDES['lower-back'].cautions.join(' ')).toMatch(/spine/);
    expect(REGION_GUIDES['upper-back'].cautions.join(' ')).toMatch(/spine/);
    expect(REGION_GUIDES.groin.cautions.join(' ')).toMatch(/pulse point/);
    expect(REGION_GUIDES.shin.cautions.join(' ')).toMatch(/bone/);
    expect(REGION_GUIDES.chest.suitable).not.toContain('effleurage');
    expect(REGION_GUIDES.abdomen.cautions.join(' ')).toMatch(/clinician/);
  });
});
