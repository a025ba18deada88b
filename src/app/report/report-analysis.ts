/** Turns the journal and core insights (triggers, response to massage, alerts) into report rows with readable labels. */
import type { AlertFinding, Insights } from '../../core/insights';
import { ACTIONS, type Action, type Episode, type SessionRecord } from '../../core/journal';
import { describeAlertForClinician } from '../../core/messages/clinician-alerts';
import { CONTEXT_LABELS, MASSAGE_LEVEL_LABELS } from '../../core/messages/labels';
import { describeSource } from '../../core/sources';
import { type MedianInterval, median, medianInterval } from './report-stats';

const CHECKIN_FACTOR_LABELS: Record<string, string> = {
  'low-fluids': 'Low fluids (< 1.5 L) [check-in]',
  exercise: 'Any exercise [check-in]',
  'hard-exercise': 'Hard exercise [check-in]',
  'short-sleep': 'Short sleep (< 6 h) [check-in]',
  'high-stress': 'High stress (7-10) [check-in]',
  'heat-exposure': 'Heat exposure [check-in]',
  'cold-exposure': 'Cold exposure [check-in]',
  alcohol: 'Alcohol [check-in]',
};

export interface TriggerRow {
  factor: string;
  isContext: boolean;
  /** Episodes that listed this context (contexts only). */
  episodesWithFactor: number;
  /** Null when there is too little data to compare: `note` says what is missing. */
  comparison: {
    daysWith: number;
    episodeDaysWith: number;
    rateWith: number;
    daysWithout: number;
    episodeDaysWithout: number;
    rateWithout: number;
    relativeRisk: number;
    ci95: [number, number];
  } | null;
  note: string;
}

/** Pain before and after one technique, from the ratings the person entered (0–10). */
export interface ResponseRow {
  what: string;
  /** Rated uses: pain before and after both entered. */
  n: number;
  medianBefore: number | null;
  medianAfter: number | null;
  /** Pain drop (before − after) with a distribution-free interval; null below 3 ratings ("too few"). */
  drop: MedianInterval | null;
  improved: number;
}

export interface ReportAlert {
  /** What was found, in the third person with its counts. */
  text: string;
  /** The guidance that makes it worth a review. */
  guidance: string;
  source: string;
}

function labelFactor(factor: string, kind: 'context' | 'checkin'): string {
  if (kind === 'context') return CONTEXT_LABELS[factor as keyof typeof CONTEXT_LABELS] ?? factor;
  return CHECKIN_FACTOR_LABELS[factor] ?? factor;
}

function describeShortfall(needed: Record<string, number>, have: Record<string, number>): string {
  const short = Object.entries(needed).filter(([key, value]) => (have[key] ?? 0) < value).length;
  return short > 0 ? 'too little data' : 'not compared';
}

/**
 * Trigger rows: factors with a comparison first (by relative risk), then those with only counts.
 * Factors never seen (no episodes with them and no recorded days) are left out.
 */
export function buildTriggerRows(insights: Insights): TriggerRow[] {
  const rows: TriggerRow[] = [];
  for (const trigger of insights.triggers) {
    const result = trigger.result;
    if (result.status === 'ok') {
      rows.push({
        factor: labelFactor(trigger.factor, trigger.kind),
        isContext: trigger.kind === 'context',
        episodesWithFactor: trigger.episodesWithFactor,
        comparison: {
          daysWith: result.daysWith,
          episodeDaysWith: result.episodeDaysWith,
          rateWith: result.rateWith,
          daysWithout: result.daysWithout,
          episodeDaysWithout: result.episodeDaysWithout,
          rateWithout: result.rateWithout,
          relativeRisk: result.relativeRisk,
          ci95: [result.ci95.lower, result.ci95.upper],
        },
        note:
          result.ci95.lower > 1 ? 'more episodes' : result.ci95.upper < 1 ? 'fewer episodes' : 'no clear difference',
      });
    } else if (trigger.episodesWithFactor > 0 || Object.values(result.have).some((value) => value > 0)) {
      rows.push({
        factor: labelFactor(trigger.factor, trigger.kind),
        isContext: trigger.kind === 'context',
        episodesWithFactor: trigger.episodesWithFactor,
        comparison: null,
        // Contexts recorded only with episodes have no "days without" to compare against.
        note: result.reason ? 'count only (no comparison)' : describeShortfall(result.needed, result.have),
      });
    }
  }
  const score = (row: TriggerRow) =>
    row.comparison ? 1_000_000 + row.comparison.relativeRisk : row.episodesWithFactor;
  return rows.sort((a, b) => score(b) - score(a));
}

const ACTION_ORDER: readonly Action[] = ACTIONS;

/** "trigger-point" → "Trigger point": the technique's own name, short enough for a table cell. */
export function techniqueName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function toResponseRow(what: string, ratings: readonly (readonly [number, number])[]): ResponseRow {
  return {
    what,
    n: ratings.length,
    medianBefore: median(ratings.map(([before]) => before)),
    medianAfter: median(ratings.map(([, after]) => after)),
    drop: medianInterval(ratings.map(([before, after]) => before - after)),
    improved: ratings.filter(([before, after]) => after < before).length,
  };
}

/**
 * The response to each technique: rated episodes per self-care action (an episode counts once for each action it
 * lists), then guided sessions per massage level. Actions never rated are left out.
 */
export function buildResponseRows(
  episodes: readonly Pick<Episode, 'actions' | 'painBefore' | 'painAfter'>[],
  sessions: readonly Pick<SessionRecord, 'massage' | 'painBefore' | 'painAfter'>[],
): ResponseRow[] {
  const byAction = new Map<Action, [number, number][]>();
  for (const episode of episodes) {
    if (episode.painBefore === undefined || episode.painAfter === undefined) continue;
    for (const action of new Set(episode.actions)) {
      const list = byAction.get(action) ?? [];
      list.push([episode.painBefore, episode.painAfter]);
      byAction.set(action, list);
    }
  }
  const byLevel = new Map<string, [number, number][]>();
  for (const session of sessions) {
    if (session.painBefore === undefined || session.painAfter === undefined) continue;
    const list = byLevel.get(session.massage) ?? [];
    list.push([session.painBefore, session.painAfter]);
    byLevel.set(session.massage, list);
  }
  return [
    ...ACTION_ORDER.filter((action) => byAction.has(action)).map((action) =>
      toResponseRow(techniqueName(action), byAction.get(action) ?? []),
    ),
    ...[...byLevel].map(([level, ratings]) =>
      toResponseRow(
        `Guided session (${MASSAGE_LEVEL_LABELS[level as keyof typeof MASSAGE_LEVEL_LABELS]?.label ?? level})`,
        ratings,
      ),
    ),
  ];
}

/** Escalation alerts worded for the clinician (third person, with counts), with their sources spelled out. */
export function buildAlerts(findings: readonly AlertFinding[]): ReportAlert[] {
  return findings.map((finding) => ({ ...describeAlertForClinician(finding), source: describeSource(finding.source) }));
}
