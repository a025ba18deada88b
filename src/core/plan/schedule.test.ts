import { describe, expect, it } from 'vitest';
import { ScheduleSchema } from '../assessment';
import { buildSchedule, chooseGuideline } from './schedule';

describe('buildSchedule', () => {
  it('chooses chronic, then after-exercise, then moderate-severe, else mild', () => {
    expect(chooseGuideline({ region: 'calf', history: { frequency: 'weekly' }, context: ['exercise'] })).toBe(
      'chronic',
    );
    expect(chooseGuideline({ region: 'calf', history: { frequency: 'daily' } })).toBe('chronic');
    expect(chooseGuideline({ region: 'calf', context: ['exercise'], intensity: 9 })).toBe('after-exercise');
    expect(chooseGuideline({ region: 'calf', intensity: 6 })).toBe('moderate-severe');
    expect(chooseGuideline({ region: 'calf', intensity: 5 })).toBe('mild');
    expect(chooseGuideline({ region: 'calf' })).toBe('mild');
  });

  it('fills the schedule the .ics export needs, with the monitoring rule', () => {
    const mild = buildSchedule({ region: 'calf' }, 'full');
    expect(ScheduleSchema.parse(mild)).toMatchObject({ sessionsPerDay: 2, sessionMinutes: 10, intervalDays: 1 });
    expect(mild.stopRule).toMatchObject({ source: 'Article: "How Often Should You Massage a Sore Muscle?"' });
    expect(mild.stopRule.text).toMatch(/persists or worsens/);
    const exercise = buildSchedule({ region: 'calf', context: ['exercise'] }, 'full');
    expect(exercise).toMatchObject({ guideline: 'after-exercise', intervalDays: 1, occurrences: 2 });
    const chronic = buildSchedule({ region: 'calf', history: { frequency: 'weekly' } }, 'full');
    expect(chronic).toMatchObject({ guideline: 'chronic', intervalDays: 7 });
    expect(ScheduleSchema.safeParse(chronic).success).toBe(true);
  });

  it('keeps gentle sessions short and says so', () => {
    const gentle = buildSchedule({ region: 'neck', history: { frequency: 'daily' } }, 'gentle');
    expect(gentle.sessionMinutes).toBeLessThanOrEqual(10);
    expect(gentle.text).toMatch(/gentle/);
  });
});
