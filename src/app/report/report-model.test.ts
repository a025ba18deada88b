import { describe, expect, it } from 'vitest';
import { buildAssessmentFixture, buildCheckInFixture, buildEpisodeFixture } from '../../core/interop/journal-fixtures';
import { buildReportModel } from './report-model';
import { weekStart, wilsonInterval } from './report-stats';

const id = (n: number) => `01950000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe('buildReportModel', () => {
  const episodes = [
    buildEpisodeFixture({ id: id(1), startedAt: '2026-03-02T02:00:00+01:00', durationMinutes: 2, intensity: 4 }),
    buildEpisodeFixture({
      id: id(2),
      startedAt: '2026-03-03T14:00:00Z',
      durationMinutes: 6,
      intensity: 8,
      region: 'neck',
    }),
    buildEpisodeFixture({ id: id(3), startedAt: '2026-03-20T20:30:00Z', durationMinutes: 12, intensity: 6 }),
    buildEpisodeFixture({ id: id(4), startedAt: '2026-05-01T00:00:00Z', assessment: buildAssessmentFixture() }),
  ];
  const model = buildReportModel({
    episodes,
    checkins: [buildCheckInFixture({ id: id(10), date: '2026-03-02', fluidsLitres: 1 })],
    sessions: [],
    from: '2026-03-01',
    to: '2026-03-28',
    generatedAt: '2026-04-01T00:00:00Z',
  });

  it('says "2 episodes in 1 day" for a one-day report, never "Per week 14"', () => {
    const oneDay = buildReportModel({
      episodes: [episodes[0]!, { ...episodes[0]!, id: id(5), startedAt: '2026-03-02T09:00:00+01:00' }],
      checkins: [],
      sessions: [],
      from: '2026-03-02',
      to: '2026-03-02',
      generatedAt: '2026-04-01T00:00:00Z',
    });
    expect(oneDay.summary.perWeek).toBeNull();
    expect(oneDay.summary.frequency).toBe('2 episodes in 1 day');
  });

  it('summarises only the range: count, rate, medians, regions and times of day', () => {
    expect(model.summary.episodes).toBe(3);
    expect(model.days).toBe(28);
    expect(model.summary.perWeek).toBeCloseTo(0.75);
    expect(model.summary.frequency).toBe('0.8 a week');
    expect(model.summary.medianDurationMinutes).toBe(6);
    expect(model.summary.medianIntensity).toBe(6);
    expect(model.summary.regions).toEqual([
      { label: 'Calf', count: 2 },
      { label: 'Neck', count: 1 },
    ]);
    expect(model.summary.timesOfDay.map((slot) => slot.count)).toEqual([1, 0, 1, 1]);
    expect(model.latestAssessment).toBeNull();
  });

  it('buckets episodes into ISO weeks that cover the range', () => {
    expect(model.weekly[0]).toEqual({ weekStart: '2026-02-23', episodes: 0, meanIntensity: null });
    expect(model.weekly.find((week) => week.weekStart === '2026-03-02')).toEqual({
      weekStart: '2026-03-02',
      episodes: 2,
      meanIntensity: 6,
    });
    expect(model.weekly.at(-1)?.weekStart).toBe('2026-03-23');
  });

  it('takes alerts and trigger rows from core insights, flagging thin data', () => {
    expect(model.alerts.map((alert) => alert.source).join(' ')).toContain('NHS');
    const night = model.triggers.find((row) => row.factor === 'At night or in bed');
    expect(night).toMatchObject({ episodesWithFactor: 3, comparison: null });
    expect(night?.note).toBe('count only (no comparison)');
    const exercise = model.triggers.find((row) => row.factor === 'During or after exercise or sport');
    expect(exercise).toMatchObject({ comparison: null, note: 'too little data' });
  });

  it('lists only the most recent rows when asked to cap the table', () => {
    const capped = buildReportModel({
      episodes,
      checkins: [],
      sessions: [],
      from: '2026-01-01',
      to: '2026-12-31',
      generatedAt: '2026-04-01T00:00:00Z',
      maxTableRows: 2,
    });
    expect(capped.episodes.map((row) => row.when)).toEqual(['2026-03-20 20:30', '2026-05-01 00:00']);
    expect(capped.episodesNotListed).toBe(2);
    expect(capped.latestAssessment?.care).toBeTruthy();
    expect(capped.latestAssessment?.reasons[0]?.source).toContain('Mayo Clinic');
  });
});

describe('report statistics', () => {
  it('computes Wilson intervals and Monday week starts', () => {
    const [low, high] = wilsonInterval(5, 10) ?? [0, 0];
    expect(low).toBeCloseTo(0.237, 2);
    expect(high).toBeCloseTo(0.763, 2);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
  });
});
