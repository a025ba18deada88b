import { describe, expect, it } from 'vitest';
import { compactHistory, encodeSituation, measureOngoingMinutes, toggleItem, toSituation } from './draft';

describe('toSituation', () => {
  it('is null until a region is chosen', () => {
    expect(toSituation({ context: [], signs: [] }, {}, 0)).toBeNull();
  });

  it('measures an ongoing episode with the stopwatch', () => {
    const situation = toSituation(
      {
        region: 'calf',
        side: 'left',
        ongoing: true,
        openedAt: 0,
        earlierMinutes: 1,
        intensity: 6,
        context: ['night'],
        signs: [],
      },
      { frequency: 'weekly', conditions: [] },
      150_000,
    );
    expect(situation).toEqual({
      region: 'calf',
      side: 'left',
      ongoing: true,
      durationMinutes: 3.5,
      intensity: 6,
      context: ['night'],
      history: { frequency: 'weekly' },
    });
  });

  it('uses the stated length for an episode that is over', () => {
    const situation = toSituation({ region: 'neck', ongoing: false, lastedMinutes: 30, context: [], signs: [] }, {}, 0);
    expect(situation?.durationMinutes).toBe(30);
    expect(situation?.history).toBeUndefined();
  });
});

describe('helpers', () => {
  it('never reports negative minutes', () => {
    expect(measureOngoingMinutes({ openedAt: 10_000 }, 0)).toBe(0);
    expect(measureOngoingMinutes({ openedAt: 0, earlierMinutes: 5 }, 60_000)).toBe(6);
  });
  it('compacts empty history to null', () => {
    expect(compactHistory({ conditions: [], medications: [] })).toBeNull();
  });
  it('round-trips a situation through the URL', () => {
    const query = encodeSituation({ region: 'calf', signs: ['chest-pain'] });
    expect(JSON.parse(new URLSearchParams(query).get('s') ?? '')).toEqual({ region: 'calf', signs: ['chest-pain'] });
  });
  it('toggles list items without duplicates', () => {
    expect(toggleItem(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleItem(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
