import { describeEscalationAlert } from './alert-words';
import { dayNumber } from './calendar';
import { buildInsightsDays, gotWorse, type InsightsDay, type NumberedDay, numberDays } from './days';
import type { InsightsSession } from './records';
import type { DatedEpisode } from './trends';
import type { AlertFinding, EscalationAlert } from './types';

const WINDOW_DAYS = 28;
const NOT_IMPROVING_DAYS = 14;

/** More episodes in the last 28 days than in the 28 before (at least 4, and at least half as many again). */
function findMoreFrequent(days: readonly NumberedDay[], today: number): AlertFinding | null {
  let recent = 0;
  let previous = 0;
  for (const { dayNumber: n, episodes } of days) {
    if (n > today - WINDOW_DAYS && n <= today) recent += episodes;
    else if (n > today - 2 * WINDOW_DAYS && n <= today - WINDOW_DAYS) previous += episodes;
  }
  if (recent < 4 || recent < previous * 1.5) return null;
  return { id: 'more-frequent', recent, previous, windowDays: WINDOW_DAYS, source: 'mayo:muscle-cramp' };
}

/** NHS leg cramps: a leg cramp over 10 minutes needs a GP. A stiff neck or back lasting hours is another course. */
function findLongEpisodes(days: readonly NumberedDay[]): AlertFinding | null {
  let legs = 0;
  let long = 0;
  let longestMinutes = 0;
  let latest: NumberedDay | null = null;
  for (const d of days) {
    legs += d.legs;
    if (d.long === 0) continue;
    long += d.long;
    if (d.longest > longestMinutes) longestMinutes = d.longest;
    if (latest === null || d.dayNumber > latest.dayNumber) latest = d;
  }
  if (long === 0) return null;
  return {
    id: 'long-episodes',
    long,
    legEpisodes: legs,
    latestDay: latest?.day ?? '',
    longestMinutes,
    source: 'nhs:leg-cramps',
  };
}

/** ≥ 3 days of massage in the last 14 days, still having episodes, and none of them reported better. */
function findNotImproving(
  days: readonly NumberedDay[],
  sessions: readonly InsightsSession[],
  today: number,
): AlertFinding | null {
  const since = today - (NOT_IMPROVING_DAYS - 1);
  const massageDays = new Set<number>();
  for (const { massaged, dayNumber: n } of days) if (n >= since && n <= today && massaged > 0) massageDays.add(n);
  for (const s of sessions) {
    const n = dayNumber(s.startedAt.slice(0, 10));
    if (n >= since && n <= today) massageDays.add(n);
  }
  if (massageDays.size < 3) return null;
  let first = today;
  for (const n of massageDays) if (n < first) first = n;
  let after = 0;
  let better = false;
  for (const d of days) {
    if (d.dayNumber < first || d.dayNumber > today) continue;
    after += d.episodes;
    if (d.better > 0) better = true;
  }
  if (after < 2 || better) return null;
  return {
    id: 'not-improving',
    massageDays: massageDays.size,
    windowDays: NOT_IMPROVING_DAYS,
    episodesSince: after,
    source: 'medlineplus:muscle-cramps',
  };
}

function findWorseAfterMassage(
  days: readonly InsightsDay[],
  sessions: readonly InsightsSession[],
): AlertFinding | null {
  let massaged = 0;
  let episodes = 0;
  for (const d of days) {
    massaged += d.massaged;
    episodes += d.massagedWorse;
  }
  const stopped = sessions.filter((s) => s.stopReason === 'worse' || gotWorse(s.painBefore, s.painAfter)).length;
  if (episodes + stopped === 0) return null;
  return {
    id: 'worse-after-massage',
    episodes,
    massagedEpisodes: massaged,
    sessions: stopped,
    totalSessions: sessions.length,
    source: 'article:should-massage',
  };
}

/** The person's own words for a finding, as the app shows it (the clinician report has its own: alert-words.ts). */
export function toEscalationAlert(finding: AlertFinding): EscalationAlert {
  return describeEscalationAlert(finding);
}

/**
 * What the escalation checks of the article and DESIGN.md found over a journal's days, as counts (each cites its
 * source); the app and the clinician report word them for their readers.
 * @example findDayAlertFindings([], [], 20000) // []
 */
export function findDayAlertFindings(
  days: readonly NumberedDay[],
  sessions: readonly InsightsSession[],
  today: number,
): AlertFinding[] {
  return [
    findWorseAfterMassage(days, sessions),
    findLongEpisodes(days),
    findNotImproving(days, sessions, today),
    findMoreFrequent(days, today),
  ].filter((a): a is AlertFinding => a !== null);
}

/**
 * The same findings over dated episodes (the dashboard's window).
 * @example findAlertFindings([], [], 20000) // []
 */
export function findAlertFindings(
  items: readonly DatedEpisode[],
  sessions: readonly InsightsSession[],
  today: number,
): AlertFinding[] {
  return findDayAlertFindings(numberDays(buildInsightsDays(items.map((i) => i.episode))), sessions, today);
}

/**
 * Escalation alerts in the person's words: each recommends seeing a clinician and cites its source.
 * @example findEscalationAlerts([], [], 20000) // []
 */
export function findEscalationAlerts(
  items: readonly DatedEpisode[],
  sessions: readonly InsightsSession[],
  today: number,
): EscalationAlert[] {
  return findAlertFindings(items, sessions, today).map(toEscalationAlert);
}
