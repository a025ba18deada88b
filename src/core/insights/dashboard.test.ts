import { describe, expect, it } from 'vitest';
import { type DashboardClientData, emptyDashboardData } from '../care-team-repository';
import { type DashboardClient, rankByAttention, summariseDashboardClient } from './dashboard';

const TODAY = '2026-12-04';
const at = (day: string) => `${day}T08:00:00Z`;
const episode = (day: string, extra: object = {}) => ({
  startedAt: at(day),
  region: 'calf' as const,
  context: [],
  actions: [],
  ...extra,
});
const plan = (id: string, sessionsPerWeek: number, createdAt: string) => ({
  id,
  clientId: 'c',
  clinicianId: 'k',
  plan: {
    region: 'calf' as const,
    steps: [{ technique: 'stretch' as const, pressure: 'light' as const }],
    sessionsPerWeek,
  },
  createdAt,
  updatedAt: createdAt,
});

describe('summariseDashboardClient', () => {
  it('counts episodes per week for 4 weeks ending today, oldest first', () => {
    const data: DashboardClientData = {
      ...emptyDashboardData('c'),
      episodes: [
        episode('2026-11-01'),
        episode('2026-11-07'),
        episode('2026-11-20'),
        episode('2026-12-01'),
        episode('2026-12-04'),
      ],
    };
    // Weeks of 7 days ending today: 7–13 Nov, 14–20 Nov, 21–27 Nov, 28 Nov–4 Dec (1 Nov is outside).
    expect(summariseDashboardClient(data, TODAY).weeklyEpisodes).toEqual([1, 1, 0, 2]);
  });

  it('adherence: sessions from the plans against what they ask over the weeks they existed, capped at 100 %', () => {
    const data: DashboardClientData = {
      ...emptyDashboardData('c'),
      plans: [plan('old', 7, '2026-10-01T00:00:00Z'), plan('new', 7, '2026-11-28T00:00:00Z')],
      planSessions: [
        { planId: 'old', count: 14 },
        { planId: 'new', count: 7 },
        { planId: 'someone-else', count: 9 },
      ],
    };
    // old asks 28 (4 weeks), new 7 days' worth = 7: 21 done of 35.
    expect(summariseDashboardClient(data, TODAY).adherence).toEqual({ done: 21, expected: 35, ratio: 0.6 });
    expect(summariseDashboardClient(emptyDashboardData('c'), TODAY).adherence).toBeNull();
    const over = {
      ...data,
      planSessions: [
        { planId: 'old', count: 90 },
        { planId: 'new', count: 90 },
      ],
    };
    expect(summariseDashboardClient(over, TODAY).adherence?.ratio).toBe(1);
  });

  it('open alerts come from insights’ own rules (a massage that made it worse)', () => {
    const data = {
      ...emptyDashboardData('c'),
      episodes: [episode('2026-12-02', { actions: ['stretch'], response: 'worse' })],
    };
    expect(summariseDashboardClient(data, TODAY).alerts.map((a) => a.id)).toEqual(['worse-after-massage']);
  });
});

describe('rankByAttention', () => {
  const client = (id: string, extra: Partial<DashboardClient>): DashboardClient => ({
    clientId: id,
    email: null,
    lastEpisode: null,
    weeklyEpisodes: [0, 0, 0, 0],
    alerts: [],
    adherence: null,
    ...extra,
  });
  it('alerts first, then falling adherence, then a rising trend', () => {
    const alert = summariseDashboardClient(
      { ...emptyDashboardData('x'), episodes: [episode('2026-12-02', { actions: ['stretch'], response: 'worse' })] },
      TODAY,
    ).alerts;
    const ranked = rankByAttention([
      client('calm', {}),
      client('rising', { weeklyEpisodes: [0, 0, 2, 3] }),
      client('lapsed', { adherence: { done: 1, expected: 28, ratio: 0.04 } }),
      client('alerted', { alerts: alert }),
      client('on-track', { adherence: { done: 28, expected: 28, ratio: 1 } }),
    ]);
    expect(ranked.map((c) => c.clientId)).toEqual(['alerted', 'lapsed', 'rising', 'calm', 'on-track']);
  });
});
