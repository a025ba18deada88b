import type { Action } from '../journal';
import type { Region } from '../vocabulary';
import { LEG_REGIONS } from '../vocabulary-lists';
import { describeEscalationAlert } from './alert-words';
import { dayNumber } from './calendar';
import type { InsightsEpisode, InsightsSession } from './records';
import type { DatedEpisode } from './trends';
import type { AlertFinding, EscalationAlert } from './types';

const MASSAGE_ACTIONS: ReadonlySet<Action> = new Set([
  'stretch',
  'effleurage',
  'petrissage',
  'friction',
  'trigger-point',
  'deep-tissue',
]);
const WINDOW_DAYS = 28;
const NOT_IMPROVING_DAYS = 14;
/** NHS: a leg cramp lasting longer than this many minutes should be seen by a doctor. */
const LONG_LEG_CRAMP_MINUTES = 10;

const hasMassage = (e: InsightsEpisode) => e.actions.some((a) => MASSAGE_ACTIONS.has(a));
const gotWorse = (before?: number, after?: number) => before !== undefined && after !== undefined && after > before;

/** More episodes in the last 28 days than in the 28 before (at least 4, and at least half as many again). */
function findMoreFrequent(items: readonly DatedEpisode[], today: number): AlertFinding | null {
  let recent = 0;
  let previous = 0;
  for (const { dayNumber: n } of items) {
    if (n > today - WINDOW_DAYS && n <= today) recent += 1;
    else if (n > today - 2 * WINDOW_DAYS && n <= today - WINDOW_DAYS) previous += 1;
  }
  if (recent < 4 || recent < previous * 1.5) return null;
  return { id: 'more-frequent', recent, previous, windowDays: WINDOW_DAYS, source: 'mayo:muscle-cramp' };
}

const LEGS: ReadonlySet<Region> = new Set(LEG_REGIONS);

/** NHS leg cramps: a leg cramp over 10 minutes needs a GP. A stiff neck or back lasting hours is another course. */
function findLongEpisodes(items: readonly DatedEpisode[]): AlertFinding | null {
  const legs = items.filter(({ episode }) => LEGS.has(episode.region));
  const long = legs.filter(({ episode }) => (episode.durationMinutes ?? 0) > LONG_LEG_CRAMP_MINUTES);
  if (long.length === 0) return null;
  let longestMinutes = 0;
  for (const { episode } of long) longestMinutes = Math.max(longestMinutes, episode.durationMinutes ?? 0);
  return {
    id: 'long-episodes',
    long: long.length,
    legEpisodes: legs.length,
    latestDay: long.at(-1)?.day ?? '',
    longestMinutes,
    source: 'nhs:leg-cramps',
  };
}

/** ≥ 3 days of massage in the last 14 days, still having episodes, and none of them reported better. */
function findNotImproving(
  items: readonly DatedEpisode[],
  sessions: readonly InsightsSession[],
  today: number,
): AlertFinding | null {
  const since = today - (NOT_IMPROVING_DAYS - 1);
  const massageDays = new Set<number>();
  for (const { episode, dayNumber: n } of items)
    if (n >= since && n <= today && hasMassage(episode)) massageDays.add(n);
  for (const s of sessions) {
    const n = dayNumber(s.startedAt.slice(0, 10));
    if (n >= since && n <= today) massageDays.add(n);
  }
  if (massageDays.size < 3) return null;
  let first = today;
  for (const n of massageDays) if (n < first) first = n;
  const after = items.filter(({ dayNumber: n }) => n >= first && n <= today).map((i) => i.episode);
  const better = after.some(
    (e) =>
      e.response === 'better' ||
      (e.painBefore !== undefined && e.painAfter !== undefined && e.painAfter < e.painBefore),
  );
  if (after.length < 2 || better) return null;
  return {
    id: 'not-improving',
    massageDays: massageDays.size,
    windowDays: NOT_IMPROVING_DAYS,
    episodesSince: after.length,
    source: 'medlineplus:muscle-cramps',
  };
}

function findWorseAfterMassage(
  items: readonly DatedEpisode[],
  sessions: readonly InsightsSession[],
): AlertFinding | null {
  const massaged = items.filter(({ episode }) => hasMassage(episode));
  const episodes = massaged.filter(
    ({ episode: e }) => e.response === 'worse' || gotWorse(e.painBefore, e.painAfter),
  ).length;
  const stopped = sessions.filter((s) => s.stopReason === 'worse' || gotWorse(s.painBefore, s.painAfter)).length;
  if (episodes + stopped === 0) return null;
  return {
    id: 'worse-after-massage',
    episodes,
    massagedEpisodes: massaged.length,
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
 * What the escalation checks of the article and DESIGN.md found, as counts (each cites its source); the app and
 * the clinician report word them for their readers.
 * @example findAlertFindings([], [], 20000) // []
 */
export function findAlertFindings(
  items: readonly DatedEpisode[],
  sessions: readonly InsightsSession[],
  today: number,
): AlertFinding[] {
  return [
    findWorseAfterMassage(items, sessions),
    findLongEpisodes(items),
    findNotImproving(items, sessions, today),
    findMoreFrequent(items, today),
  ].filter((a): a is AlertFinding => a !== null);
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
