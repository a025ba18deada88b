import type { DashboardClientData } from '../care-team-repository';
import { findEscalationAlerts } from './alerts';
import { dayNumber, localDay } from './calendar';
import { dateEpisodes } from './trends';
import type { EscalationAlert } from './types';

/** The dashboard's windows: four weeks of trend and adherence; alerts read the 8 weeks "more frequent" compares. */
export const TREND_WEEKS = 4;
export const ALERT_WINDOW_DAYS = 56;

/** One linked client as the clinician's dashboard shows them. */
export interface DashboardClient {
  clientId: string;
  email: string | null;
  lastEpisode: DashboardClientData['lastEpisode'];
  /** Episodes per week, oldest first; the last entry is the 7 days ending today. */
  weeklyEpisodes: number[];
  alerts: EscalationAlert[];
  /** Sessions run from this clinician's plans in the last 4 weeks against what the plans ask; null without a plan. */
  adherence: { done: number; expected: number; ratio: number } | null;
}

/** Sessions a plan asks for in the window: its weekly count for every week it has existed (at least one). */
function expectedSessions(sessionsPerWeek: number, createdAt: string, today: number): number {
  const days = Math.min(TREND_WEEKS * 7, Math.max(1, today - dayNumber(createdAt.slice(0, 10)) + 1));
  return Math.max(1, Math.round((sessionsPerWeek * days) / 7));
}

/**
 * One client's dashboard line: the 4-week trend, the open escalation alerts (insights' rules over the last 8
 * weeks) and adherence to this clinician's plans. Pure; `today` is a YYYY-MM-DD day.
 * @example summariseDashboardClient(data, '2026-12-04').weeklyEpisodes // [0, 1, 0, 2]
 */
export function summariseDashboardClient(data: DashboardClientData, today: string): DashboardClient {
  const todayNumber = dayNumber(today);
  const dated = dateEpisodes(data.episodes).filter(
    (d) => d.dayNumber > todayNumber - ALERT_WINDOW_DAYS && d.dayNumber <= todayNumber,
  );
  const weeklyEpisodes = Array.from({ length: TREND_WEEKS }, () => 0);
  for (const { dayNumber: n } of dated) {
    const weeksAgo = Math.floor((todayNumber - n) / 7);
    if (weeksAgo < TREND_WEEKS)
      weeklyEpisodes[TREND_WEEKS - 1 - weeksAgo] = (weeklyEpisodes[TREND_WEEKS - 1 - weeksAgo] ?? 0) + 1;
  }
  const sessions = data.sessions.filter((s) => dayNumber(localDay(s.startedAt)) <= todayNumber);
  let adherence: DashboardClient['adherence'] = null;
  if (data.plans.length > 0) {
    const counts = new Map(data.planSessions.map((p) => [p.planId, p.count]));
    const done = data.plans.reduce((sum, p) => sum + (counts.get(p.id) ?? 0), 0);
    const expected = data.plans.reduce(
      (sum, p) => sum + expectedSessions(p.plan.sessionsPerWeek, p.createdAt, todayNumber),
      0,
    );
    adherence = { done, expected, ratio: Math.min(1, Math.round((done / expected) * 100) / 100) };
  }
  return {
    clientId: data.clientId,
    email: data.email,
    lastEpisode: data.lastEpisode,
    weeklyEpisodes,
    alerts: findEscalationAlerts(dated, sessions, todayNumber),
    adherence,
  };
}

/** Rising when the last two weeks have more episodes than the two before. */
function trendRise(client: DashboardClient): number {
  const [a = 0, b = 0, c = 0, d = 0] = client.weeklyEpisodes;
  return c + d - (a + b);
}

const lastEpisodeTime = (c: DashboardClient) => (c.lastEpisode ? Date.parse(c.lastEpisode.startedAt) : 0);

/**
 * Who needs attention first: open alerts (most first), then the lowest adherence (no plan counts as on track),
 * then the steepest rise in episodes, then the latest episode.
 * @example rankByAttention([calm, alerted])[0] // alerted
 */
export function rankByAttention(clients: readonly DashboardClient[]): DashboardClient[] {
  return [...clients].sort(
    (x, y) =>
      y.alerts.length - x.alerts.length ||
      (x.adherence?.ratio ?? 1) - (y.adherence?.ratio ?? 1) ||
      trendRise(y) - trendRise(x) ||
      lastEpisodeTime(y) - lastEpisodeTime(x) ||
      x.clientId.localeCompare(y.clientId),
  );
}
