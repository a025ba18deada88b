import { describe, expect, it } from 'vitest';
import { SituationSchema } from '../../core/situation';
import { collectSituationFlags } from './situation-flags';

describe('collectSituationFlags', () => {
  it('turns flags into a Situation', () => {
    const raw = collectSituationFlags({
      region: 'calf',
      intensity: '6',
      duration: '3',
      ongoing: true,
      context: 'exercise, dehydration',
      signs: 'numbness',
      frequency: 'weekly',
    });
    expect(SituationSchema.parse(raw)).toEqual({
      region: 'calf',
      intensity: 6,
      durationMinutes: 3,
      ongoing: true,
      context: ['exercise', 'dehydration'],
      signs: ['numbness'],
      history: { frequency: 'weekly' },
    });
  });

  it('returns null when no flag is given and keeps bad values for validation to name', () => {
    expect(collectSituationFlags({})).toBeNull();
    expect(collectSituationFlags({ region: 'calf', intensity: 'lots' })).toEqual({ region: 'calf', intensity: 'lots' });
  });
});
