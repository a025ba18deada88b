import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources';
import { LEG_REGIONS } from '../vocabulary';
import { journalArbitraries } from './journal-arbitraries.test-support';
import { summariseJournal } from './summarise-journal';
import { MINIMUM_SAMPLE } from './types';

const { episode: episodeArb, checkin: checkinArb } = journalArbitraries({
  days: 400,
  offsets: ['Z', '+01:00', '-05:00'],
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('summariseJournal properties', () => {
  it('keeps every count consistent, never claims from too little data, and cites every alert', () => {
    fc.assert(
      fc.property(
        fc.array(episodeArb, { maxLength: 80 }),
        fc.array(checkinArb, { maxLength: 60 }),
        (episodes, checkins) => {
          const insights = summariseJournal({ episodes, checkins, sessions: [] });
          const n = insights.totals.episodes;
          expect(n).toBe(episodes.length);
          expect(sum(insights.weekly.map((w) => w.episodes))).toBe(n);
          expect(sum(insights.monthly.map((m) => m.episodes))).toBe(n);
          expect(sum(insights.regions.map((r) => r.count))).toBe(n);
          const t = insights.timeOfDay;
          expect(t.night + t.morning + t.afternoon + t.evening).toBe(n);
          for (const trigger of insights.triggers) {
            if (trigger.result.status !== 'ok') continue;
            expect(trigger.result.daysWith).toBeGreaterThanOrEqual(MINIMUM_SAMPLE.triggerDaysPerGroup);
            expect(trigger.result.daysWithout).toBeGreaterThanOrEqual(MINIMUM_SAMPLE.triggerDaysPerGroup);
            expect(trigger.result.ci95.lower).toBeLessThanOrEqual(trigger.result.relativeRisk + 0.01);
            expect(trigger.result.ci95.upper).toBeGreaterThanOrEqual(trigger.result.relativeRisk - 0.01);
          }
          for (const effect of insights.massage.byAction) {
            if (effect.result.status === 'ok')
              expect(effect.ratings).toBeGreaterThanOrEqual(MINIMUM_SAMPLE.effectRatings);
          }
          for (const alert of insights.alerts) {
            expect(Object.keys(SOURCES)).toContain(alert.source);
            expect(alert.care).toBe('consultation');
          }
          const legs: readonly string[] = LEG_REGIONS;
          const longest = episodes.reduce(
            (max, e) => (legs.includes(e.region) ? Math.max(max, e.durationMinutes ?? 0) : max),
            0,
          );
          expect(insights.alerts.some((a) => a.id === 'long-episodes')).toBe(longest > 10);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('summarises a 10-year, 20,000-episode journal (speed is measured in bench/insights.ts)', () => {
    const episodes = fc.sample(episodeArb, { numRuns: 20_000, seed: 7 }).map((e, i) => ({
      ...e,
      startedAt: `${new Date(Date.UTC(2016, 0, 1 + (i % 3650))).toISOString().slice(0, 10)}T02:00:00Z`,
    }));
    const checkins = fc.sample(checkinArb, { numRuns: 3650, seed: 8 });
    const insights = summariseJournal({ episodes, checkins, sessions: [] });
    expect(insights.totals.episodes).toBe(20_000);
  });
});
