import { describe, expect, it } from 'vitest';
import { assessSituation } from '../assess/assess-situation';
import type { CheckIn, Episode, SessionRecord } from '../journal';
import { SOURCES } from '../sources';
import { buildInsightsDays } from './days';
import { summariseJournal } from './summarise-journal';
import { findTriggerAssociations } from './triggers';

let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
const episode = (startedAt: string, extra: Partial<Episode> = {}): Episode => ({
  id: id(),
  startedAt,
  region: 'calf',
  context: [],
  signs: [],
  actions: [],
  ...extra,
});
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const checkin = (date: string, extra: Partial<CheckIn> = {}): CheckIn => ({ id: id(), date, ...extra });

describe('summariseJournal', () => {
  it('summarises counts, durations, regions and time of day (hand-computed)', () => {
    const episodes = [
      episode('2026-03-02T23:30:00-05:00', { durationMinutes: 2, intensity: 4 }),
      episode('2026-03-03T08:00:00Z', { durationMinutes: 4, intensity: 6, region: 'foot' }),
      episode('2026-03-10T14:00:00Z', { durationMinutes: 6, intensity: 5 }),
      episode('2026-03-11T03:00:00+01:00', { durationMinutes: 20, intensity: 9 }),
    ];
    const insights = summariseJournal(
      { episodes, checkins: [], sessions: [] },
      { from: '2026-03-02', to: '2026-03-15' },
    );
    expect(insights.range).toEqual({ from: '2026-03-02', to: '2026-03-15', days: 14 });
    expect(insights.totals).toMatchObject({
      episodes: 4,
      perWeek: 2,
      medianDurationMinutes: 5,
      p90DurationMinutes: 15.8,
    });
    expect(insights.totals.meanIntensity).toBe(6);
    expect(insights.weekly.map((w) => [w.period, w.episodes])).toEqual([
      ['2026-W10', 2],
      ['2026-W11', 2],
    ]);
    expect(insights.monthly).toMatchObject([{ period: '2026-03', episodes: 4, start: '2026-03-01' }]);
    expect(insights.regions).toEqual([
      { region: 'calf', count: 3, share: 0.75 },
      { region: 'foot', count: 1, share: 0.25 },
    ]);
    expect(insights.timeOfDay).toEqual({ night: 2, morning: 1, afternoon: 1, evening: 0, nightShare: 0.5 });
    expect(insights.alerts.map((a) => a.id)).toContain('long-episodes');
    expect(insights.intensityTrend.status).toBe('insufficient-data');
  });

  it('applies the 10-minute leg-cramp alert to leg episodes only, not to a stiff neck that lasted hours', () => {
    const neck = summariseJournal({
      episodes: [episode('2026-03-02T08:00:00Z', { region: 'neck', durationMinutes: 180 })],
      checkins: [],
      sessions: [],
    });
    expect(neck.alerts.map((a) => a.id)).not.toContain('long-episodes');
    const calf = summariseJournal({
      episodes: [episode('2026-03-02T08:00:00Z', { region: 'calf', durationMinutes: 11 })],
      checkins: [],
      sessions: [],
    });
    expect(calf.alerts.map((a) => a.id)).toContain('long-episodes');
  });

  it('shows a trigger only above the minimum sample, with its counts, RR and CI (hand-computed)', () => {
    // 14 recorded days: 7 with low fluids (episodes on 4 of them), 7 without (an episode on 1).
    const checkins = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((n) =>
      checkin(day(n), { fluidsLitres: n <= 7 ? 1 : 2 }),
    );
    const episodes = [1, 2, 3, 4, 8].map((n) => episode(`${day(n)}T02:00:00Z`, { context: ['night'] }));
    const found = findTriggerAssociations(buildInsightsDays(episodes), checkins);
    const lowFluids = found.find((t) => t.factor === 'low-fluids');
    expect(lowFluids?.result).toEqual({
      status: 'ok',
      daysWith: 7,
      episodeDaysWith: 4,
      daysWithout: 7,
      episodeDaysWithout: 1,
      rateWith: 0.571,
      rateWithout: 0.143,
      relativeRisk: 4,
      // se = sqrt(1/4 − 1/7 + 1/1 − 1/7) = 0.98198
      ci95: { lower: 0.58, upper: 27.41 },
    });
    // The dehydration context reads the same check-in field, so it ranks alongside low fluids.
    expect(
      found
        .slice(0, 2)
        .map((t) => t.factor)
        .sort(),
    ).toEqual(['dehydration', 'low-fluids']);
    const night = found.find((t) => t.factor === 'night');
    expect(night).toMatchObject({ episodesWithFactor: 5, result: { status: 'insufficient-data' } });

    const fewer = findTriggerAssociations(buildInsightsDays(episodes), checkins.slice(1));
    expect(fewer.find((t) => t.factor === 'low-fluids')?.result).toEqual({
      status: 'insufficient-data',
      needed: { daysWith: 7, daysWithout: 7, episodeDays: 5 },
      have: { daysWith: 6, daysWithout: 7, episodeDays: 4 },
    });
  });

  it('rates massage effectiveness by action, and warns when massage made it worse', () => {
    const episodes = [
      episode('2026-03-01T10:00:00Z', { actions: ['stretch'], painBefore: 8, painAfter: 2 }),
      episode('2026-03-02T10:00:00Z', { actions: ['stretch', 'heat'], painBefore: 6, painAfter: 4 }),
      episode('2026-03-03T10:00:00Z', { actions: ['stretch'], painBefore: 5, painAfter: 5 }),
      episode('2026-03-04T10:00:00Z', { actions: ['friction'], painBefore: 4, painAfter: 7, response: 'worse' }),
    ];
    const { massage, alerts } = summariseJournal({ episodes, checkins: [], sessions: [] });
    expect(massage.byAction[0]).toEqual({
      key: 'stretch',
      ratings: 3,
      result: { status: 'ok', meanPainDrop: 2.67, medianPainDrop: 2, improvedShare: 0.667 },
    });
    expect(massage.byAction.find((e) => e.key === 'friction')?.result.status).toBe('insufficient-data');
    const worse = alerts.find((a) => a.id === 'worse-after-massage');
    expect(worse).toMatchObject({ care: 'consultation', source: 'article:should-massage' });
    expect(worse?.recommendation).toMatch(/doctor|physiotherapist/);
  });

  it('alerts when spasms get more frequent, and when regular massage is not helping', () => {
    const before = [1, 10].map((n) => episode(`2026-02-${String(n).padStart(2, '0')}T10:00:00Z`));
    const recent = [20, 22, 24, 26, 28].map((n) =>
      episode(`${day(n)}T10:00:00Z`, { actions: ['effleurage'], response: 'same', painBefore: 5, painAfter: 5 }),
    );
    const { alerts } = summariseJournal(
      { episodes: [...before, ...recent], checkins: [], sessions: [] },
      { to: day(28) },
    );
    expect(alerts.map((a) => a.id).sort()).toEqual(['more-frequent', 'not-improving']);
    for (const alert of alerts) expect(Object.keys(SOURCES)).toContain(alert.source);
  });

  it('gives no weekly rate for a period under a week: two episodes on one day are not "14 a week"', () => {
    const episodes = [episode('2026-03-02T08:00:00Z'), episode('2026-03-02T20:00:00Z')];
    const insights = summariseJournal({ episodes, checkins: [], sessions: [] });
    expect(insights.range.days).toBe(1);
    expect(insights.totals.perWeek).toBeNull();
    expect(insights.weekly[0]?.perWeek).toBeNull();
    expect(insights.minimumSample.rateDays).toBe(7);
    const week = summariseJournal({ episodes, checkins: [], sessions: [] }, { from: '2026-03-02', to: '2026-03-08' });
    expect(week.totals.perWeek).toBe(2);
  });

  it('words the worse-after-massage evidence without zero counts ("1 guided session", not "0 episodes and 1…")', () => {
    const plan = assessSituation({ region: 'calf' }).plan!;
    const session: SessionRecord = {
      id: id(),
      startedAt: '2026-03-02T10:00:00Z',
      region: 'calf',
      massage: 'full',
      plan,
      stepsCompleted: 1,
      stoppedEarly: true,
      stopReason: 'worse',
    };
    const { alerts } = summariseJournal({ episodes: [], checkins: [], sessions: [session] });
    const worse = alerts.find((a) => a.id === 'worse-after-massage');
    expect(worse?.evidence).toBe('1 guided session got worse with massage.');
    const both = summariseJournal({
      episodes: [episode('2026-03-02T08:00:00Z', { actions: ['friction'], response: 'worse' })],
      checkins: [],
      sessions: [session, { ...session, id: id() }],
    }).alerts.find((a) => a.id === 'worse-after-massage');
    expect(both?.evidence).toBe('1 episode and 2 guided sessions got worse with massage.');
  });

  it('says so when there is no data at all', () => {
    const insights = summariseJournal({ episodes: [], checkins: [], sessions: [] });
    expect(insights.range).toEqual({ from: null, to: null, days: 0 });
    expect(insights.totals.episodes).toBe(0);
    expect(insights.alerts).toEqual([]);
    expect(insights.triggers.every((t) => t.result.status === 'insufficient-data')).toBe(true);
  });
});
