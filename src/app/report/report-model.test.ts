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

  it('buckets episodes into ISO weeks from the first episode to the end of the range, saying so', () => {
    expect(model.weekly[0]).toEqual({ weekStart: '2026-03-02', episodes: 2, meanIntensity: 6 });
    expect(model.noEpisodesBefore).toBe('2026-03-02');
    expect(model.weekly.find((week) => week.weekStart === '2026-03-02')).toEqual({
      weekStart: '2026-03-02',
      episodes: 2,
      meanIntensity: 6,
    });
    expect(model.weekly.at(-1)?.weekStart).toBe('2026-03-23');
  });

  it('words alerts for the clinician, in the third person with counts, and takes trigger rows from insights', () => {
    expect(model.alerts).toEqual([
      {
        text: '1 of 2 leg cramp episodes lasted longer than 10 minutes (longest 12 min, latest on 2026-03-20).',
        guidance: 'Leg cramps lasting longer than 10 minutes should be assessed by a doctor.',
        source: expect.stringContaining('NHS'),
      },
    ]);
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

describe('buildReportModel: the clinician-facing additions', () => {
  const assessment = buildAssessmentFixture({
    care: 'emergency',
    massage: 'avoid',
    reasons: [
      { id: 'info-hydration', axis: 'info', text: 'Drink fluids.', source: 'nhs:leg-cramps' },
      { id: 'red-flag-chest-pain', axis: 'care', text: 'Chest pain.', source: 'nhs:leg-cramps' },
      { id: 'massage-injury', axis: 'massage', text: 'Injury.', source: 'nhs:leg-cramps' },
    ],
  });
  const rated = (n: number, before: number, after: number, actions: ('stretch' | 'heat')[]) =>
    buildEpisodeFixture({
      id: id(100 + n),
      startedAt: `2026-11-${String(n + 1).padStart(2, '0')}T08:00:00Z`,
      context: ['prolonged-posture', 'no-warmup'],
      actions,
      painBefore: before,
      painAfter: after,
      response: after < before ? 'better' : after === before ? 'same' : 'worse',
      notes: n === 0 ? 'Woke at 3 am; calf hard as a rock for ten minutes.' : undefined,
      ...(n === 1 ? { assessment } : {}),
    });
  const episodes = [
    rated(0, 7, 3, ['stretch', 'heat']),
    rated(1, 6, 4, ['stretch']),
    rated(2, 8, 5, ['stretch']),
    rated(3, 5, 5, ['stretch', 'heat']),
  ];
  const build = (patient?: Parameters<typeof buildReportModel>[0]['patient']) =>
    buildReportModel({
      episodes,
      checkins: [],
      sessions: [],
      from: '2026-01-01',
      to: '2026-11-30',
      generatedAt: '2026-12-01T00:00:00Z',
      patient,
    });

  it('identifies the patient with only the fields given, and not at all when the profile is empty', () => {
    expect(
      build({ displayName: 'Ann Example', dateOfBirth: '1950-02-03', identifier: '943 476 5919' }).patient,
    ).toEqual({
      name: 'Ann Example',
      dateOfBirth: '1950-02-03',
      identifier: '943 476 5919',
    });
    expect(build({ dateOfBirth: '1950-02-03' }).patient).toEqual({ dateOfBirth: '1950-02-03' });
    expect(build({}).patient).toBeNull();
    expect(build().patient).toBeNull();
  });

  it('lists notes, the response and the whole context of each episode', () => {
    const [first, second] = build().episodes;
    expect(first).toMatchObject({
      context: 'prolonged posture, no warmup',
      actions: 'stretch, heat',
      pain: '7 -> 3',
      response: 'better',
      notes: 'Woke at 3 am; calf hard as a rock for ten minutes.',
    });
    expect(second?.notes).toBe('');
    expect(second?.verdict).toBe('Emergency');
  });

  it('lists every stored safety verdict with the rules that fired, care and massage rules first', () => {
    expect(build().verdicts).toEqual([
      {
        at: '2026-11-02 08:00',
        site: expect.any(String),
        care: expect.any(String),
        massage: 'Do not massage',
        rules: ['red-flag-chest-pain', 'massage-injury', 'info-hydration'],
      },
    ]);
  });

  it('summarises the response by technique: n, median pain before and after, median drop with its interval', () => {
    const [stretch, heat] = build().responses;
    // Stretch drops: 4, 2, 3, 0 → median 2.5; n = 4 < 6, so the interval is min..max at 87.5 % coverage.
    expect(stretch).toMatchObject({ what: 'Stretch', n: 4, medianBefore: 6.5, medianAfter: 4.5, improved: 3 });
    expect(stretch?.drop).toMatchObject({ median: 2.5, lower: 0, upper: 4, coverage: 0.875 });
    expect(heat).toMatchObject({ what: 'Heat', n: 2, drop: null });
  });

  it('starts the trend weeks at the first episode when the range starts long before', () => {
    const model = build();
    expect(model.noEpisodesBefore).toBe('2026-11-01');
    expect(model.weekly[0]?.weekStart).toBe('2026-10-26');
    expect(model.weekly.at(-1)?.weekStart).toBe('2026-11-30');
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
