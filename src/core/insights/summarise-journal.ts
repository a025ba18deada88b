import { findDayAlertFindings, toEscalationAlert } from './alerts';
import { dayFromNumber, dayNumber, localDay } from './calendar';
import { buildInsightsDays, type InsightsDay, type NumberedDay } from './days';
import { summariseEffectiveness } from './effectiveness';
import type { InsightsCheckIn, InsightsRange, InsightsSession, JournalData } from './records';
import { countRegions, countTimeOfDay, findIntensityTrend, summarisePeriods, summariseTotals } from './trends';
import { findTriggerAssociations } from './triggers';
import { type AlertFinding, type Insights, MINIMUM_SAMPLE } from './types';

export type { InsightsRange, JournalData } from './records';

/**
 * A journal as the analysis reads it: the episodes as days (`InsightsDay`, what a SQL store keeps on write), the
 * check-ins and sessions as records.
 */
export interface DaysJournal {
  days: readonly InsightsDay[];
  checkins: readonly InsightsCheckIn[];
  sessions: readonly InsightsSession[];
}

const MAX_DAYS = 36_600;

function boundsOf(journal: DaysJournal, range: InsightsRange): { from: number; to: number } | null {
  // YYYY-MM-DD strings sort in day order, so the first and last days need no date parsing.
  let first = range.from ?? '9999-99-99';
  let last = range.to ?? '';
  const widen = (day: string) => {
    if (!range.from && day < first) first = day;
    if (!range.to && day > last) last = day;
  };
  if (!range.from || !range.to) {
    for (const d of journal.days) widen(d.day);
    for (const s of journal.sessions) widen(localDay(s.startedAt));
    for (const c of journal.checkins) widen(c.date);
  }
  if (last === '' || first === '9999-99-99' || first > last) return null;
  const to = dayNumber(last);
  // The analysis walks every day: keep at most the last 100 years however far apart the records are.
  return { from: Math.max(dayNumber(first), to - MAX_DAYS + 1), to };
}

/** The range's bounds, its days (numbered, in day order) and its sessions. */
function selectRange(journal: DaysJournal, range: InsightsRange) {
  const bounds = boundsOf(journal, range);
  const inRange = (day: string) => {
    if (!bounds) return false;
    const n = dayNumber(day);
    return n >= bounds.from && n <= bounds.to;
  };
  const days: NumberedDay[] = [];
  if (bounds) {
    for (const d of journal.days) {
      const n = dayNumber(d.day);
      if (n >= bounds.from && n <= bounds.to) days.push({ ...d, dayNumber: n });
    }
    days.sort((a, b) => a.dayNumber - b.dayNumber);
  }
  const sessions = journal.sessions.filter((s) => inRange(localDay(s.startedAt)));
  return { bounds, days, inRange, sessions };
}

/** The days view of a journal of records (the in-process path: the memory store, the report, tests). */
export function toDaysJournal(journal: JournalData): DaysJournal {
  return { days: buildInsightsDays(journal.episodes), checkins: journal.checkins, sessions: journal.sessions };
}

/**
 * The escalation findings of `summariseJournal(journal, range).alerts` as counts, for readers other than the
 * person (the clinician report words them in the third person).
 * @example findJournalAlertFindings({ episodes: [], checkins: [], sessions: [] }) // []
 */
export function findJournalAlertFindings(journal: JournalData, range: InsightsRange = {}): AlertFinding[] {
  return findDaysAlertFindings(toDaysJournal(journal), range);
}

/** `findJournalAlertFindings` over a journal's days. */
export function findDaysAlertFindings(journal: DaysJournal, range: InsightsRange = {}): AlertFinding[] {
  const { bounds, days, sessions } = selectRange(journal, range);
  return bounds ? findDayAlertFindings(days, sessions, bounds.to) : [];
}

/**
 * Journal analytics over a journal's days: trends per week and month, regions, time of day, trigger associations
 * with honest statistics, massage effectiveness and escalation alerts. Pure; days are the person's local days.
 * @example summariseDays({ days: [], checkins: [], sessions: [] }).totals.episodes // 0
 */
export function summariseDays(journal: DaysJournal, range: InsightsRange = {}): Insights {
  const { bounds, days, inRange, sessions } = selectRange(journal, range);
  const checkins = journal.checkins.filter((c) => inRange(c.date));
  const safeBounds = bounds ?? { from: 0, to: -1 };
  const periods = bounds ? summarisePeriods(days, bounds) : { weekly: [], monthly: [] };
  return {
    range: {
      from: bounds ? dayFromNumber(bounds.from) : null,
      to: bounds ? dayFromNumber(bounds.to) : null,
      days: bounds ? bounds.to - bounds.from + 1 : 0,
    },
    totals: {
      ...summariseTotals(days, safeBounds),
      checkins: checkins.length,
      sessions: sessions.length,
    },
    ...periods,
    intensityTrend: findIntensityTrend(days),
    regions: countRegions(days),
    timeOfDay: countTimeOfDay(days),
    triggers: findTriggerAssociations(days, checkins),
    massage: summariseEffectiveness(days, sessions),
    alerts: bounds ? findDayAlertFindings(days, sessions, bounds.to).map(toEscalationAlert) : [],
    minimumSample: { ...MINIMUM_SAMPLE },
  };
}

/**
 * Journal analytics over a journal of records: `summariseDays` over its days.
 * @example summariseJournal({ episodes: [], checkins: [], sessions: [] }).totals.episodes // 0
 */
export function summariseJournal(journal: JournalData, range: InsightsRange = {}): Insights {
  return summariseDays(toDaysJournal(journal), range);
}
