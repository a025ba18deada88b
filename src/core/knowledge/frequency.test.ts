import { describe, expect, it } from 'vitest';
import { SCHEDULE_GUIDELINES } from '../assessment';
import { FREQUENCY_GUIDELINES, MONITORING_RULE } from './frequency';

describe('FREQUENCY_GUIDELINES', () => {
  it('has the article four guidelines, one per schedule guideline id', () => {
    expect(FREQUENCY_GUIDELINES.map((g) => g.id)).toEqual([...SCHEDULE_GUIDELINES]);
    for (const g of FREQUENCY_GUIDELINES) expect(g.source).toBe('article:frequency');
  });

  it('matches the article numbers', () => {
    const [mild, moderate, exercise, chronic] = FREQUENCY_GUIDELINES;
    expect(mild).toMatchObject({
      sessionsPerDayRange: { min: 1, max: 2 },
      sessionMinutesRange: { min: 10, max: 15 },
      intervalDays: 1,
    });
    expect(moderate!.sessionsPerDay).toBeGreaterThan(2);
    expect(moderate!.sessionMinutes).toBeLessThan(mild!.sessionMinutes);
    expect(exercise).toMatchObject({ intervalDays: 1, occurrences: 2 });
    expect(chronic!.intervalDays).toBe(7);
    expect(chronic!.text).toMatch(/every two weeks/);
    expect(MONITORING_RULE.text).toMatch(/persists or worsens/);
  });
});
