import { describe, expect, it } from 'vitest';
import type { Episode } from '../journal';
import { summariseJournal } from './summarise-journal';

const EPISODES = 200_000;
const START = Date.UTC(2020, 0, 1);
const HOUR = 3_600_000;

/** 200,000 rated calf episodes, one every 2 hours from 2020-01-01, intensity rising 1 → 10 over the span. */
function buildLargeJournal(): Episode[] {
  const episodes: Episode[] = [];
  for (let i = 0; i < EPISODES; i++) {
    episodes.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      startedAt: new Date(START + i * 2 * HOUR).toISOString(),
      region: 'calf',
      context: [],
      signs: [],
      actions: [],
      durationMinutes: 1 + (i % 30),
      intensity: 1 + Math.floor((i * 10) / EPISODES),
    });
  }
  return episodes;
}

describe('summariseJournal at journal scale', () => {
  // Spreading 200,000 values into Math.max once threw RangeError (call stack) and the route answered 500.
  it('computes insights over 200,000 episodes without overflowing the stack', () => {
    const insights = summariseJournal({ episodes: buildLargeJournal(), checkins: [], sessions: [] });
    const spanDays = Math.floor(((EPISODES - 1) * 2) / 24);
    expect(insights.totals.episodes).toBe(EPISODES);
    expect(insights.range.days).toBe(spanDays + 1);
    // Intensity climbs ~9.9 points (least squares over the 10-step staircase) in 16,666 days: 0.018 a month.
    expect(insights.intensityTrend).toEqual({
      status: 'ok',
      slopePerMonth: 0.02,
      direction: 'stable',
      episodes: EPISODES,
    });
    expect(insights.regions).toEqual([{ region: 'calf', count: EPISODES, share: 1 }]);
  }, 60_000);
});
