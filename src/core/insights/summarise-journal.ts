import { findAlertFindings, findEscalationAlerts } from './alerts';
import { dayFromNumber, dayNumber, localDay } from './calendar';
import { summariseEffectiveness } from './effectiveness';
import type { InsightsRange, JournalData } from './records';
import {
  countRegions,
  countTimeOfDay,
  type DatedEpisode,
  dateEpisodes,
  findIntensityTrend,
  summarisePeriods,
  summariseTotals,
} from './trends';
import { findTriggerAssociations } from './triggers';
import { type AlertFinding, type Insights, MINIMUM_SAMPLE } from './types';

export type { InsightsRange, JournalData } from './records';

const MAX_DAYS = 36_600;

function boundsOf(journal: JournalData, range: InsightsRange): { from: number; to: number } | null {
  // YYYY-MM-DD strings sort in day order, so the first and last days need no date parsing.
  let first = range.from ?? '9999-99-99';
  let last = range.to ?? '';
  const widen = (day: string) => {
    if (!range.from && day < first) first = day;
    if (!range.to && day > last) last = day;
  };
  if (!range.from || !range.to) {
    for (const e of journal.episodes) widen(localDay(e.startedAt));
    for (const s of journal.sessions) widen(localDay(s.startedAt));
    for (const c of journal.checkins) widen(c.date);
  }
  if (last === '' || first === '9999-99-99' || first > last) return null;
  const to = dayNumber(last);
  // The analysis walks every day: keep at most the last 100 years however far apart the records are.
  return { from: Math.max(dayNumber(first), to - MAX_DAYS + 1), to };
}

function isSortedByDay(items: readonly DatedEpisode[]): boolean {
  for (let i = 1; i < items.length; i++) {
    if ((items[i] as DatedEpisode).dayNumber < (items[i - 1] as DatedEpisode).dayNumber) return false;
  }
  return true;
}

/** The range's bounds, its episodes with their days (in day order) and its sessions. */
function selectRange(journal: JournalData, range: InsightsRange) {
  const bounds = boundsOf(journal, range);
  const inRange = (day: string) => {
    if (!bounds) return false;
    const n = dayNumber(day);
    return n >= bounds.from && n <= bounds.to;
  };
  const dated = bounds
    ? dateEpisodes(journal.episodes).filter((d) => d.dayNumber >= bounds.from && d.dayNumber <= bounds.to)
    : [];
  if (!isSortedByDay(dated)) dated.sort((a, b) => a.dayNumber - b.dayNumber);
  const sessions = journal.sessions.filter((s) => inRange(localDay(s.startedAt)));
  return { bounds, dated, inRange, sessions };
}

/**
 * The escalation findings of `summariseJournal(journal, range).alerts` as counts, for readers other than the
 * person (the clinician report words them in the third person).
 * @example findJournalAlertFindings({ episodes: [], checkins: [], sessions: [] }) // []
 */
export function findJournalAlertFindings(journal: JournalData, range: InsightsRange = {}): AlertFinding[] {
  const { bounds, dated, sessions } = selectRange(journal, range);
  return bounds ? findAlertFindings(dated, sessions, bounds.to) : [];
}

/**
 * Journal analytics: trends per week and month, regions, time of day, trigger associations with honest
 * statistics, massage effectiveness and escalation alerts. Pure; days are the person's local days.
 * @example summariseJournal({ episodes: [], checkins: [], sessions: [] }).totals.episodes // 0
 */
export function summariseJournal(journal: JournalData, range: InsightsRange = {}): Insights {
  const { bounds, dated, inRange, sessions } = selectRange(journal, range);
  const episodes = dated.map((d) => d.episode);
  const checkins = journal.checkins.filter((c) => inRange(c.date));
  const safeBounds = bounds ?? { from: 0, to: -1 };
  const periods = bounds ? summarisePeriods(dated, bounds) : { weekly: [], monthly: [] };
  return {
    range: {
      from: bounds ? dayFromNumber(bounds.from) : null,
      to: bounds ? dayFromNumber(bounds.to) : null,
      days: bounds ? bounds.to - bounds.from + 1 : 0,
    },
    totals: {
      ...summariseTotals(dated, safeBounds),
      checkins: checkins.length,
      sessions: sessions.length,
    },
    ...periods,
    intensityTrend: findIntensityTrend(dated),
    regions: countRegions(dated),
    timeOfDay: countTimeOfDay(dated),
    triggers: findTriggerAssociations(
      episodes,
      checkins,
      dated.map((d) => d.day),
    ),
    massage: summariseEffectiveness(episodes, sessions),
    alerts: bounds ? findEscalationAlerts(dated, sessions, bounds.to) : [],
    minimumSample: { ...MINIMUM_SAMPLE },
  };
}
