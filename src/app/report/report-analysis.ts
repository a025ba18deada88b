/** Turns the journal and core insights (triggers, response to massage, alerts) into report rows with readable labels. */

import type { Translator } from '../../core/i18n/translator';
import type { AlertFinding, Insights } from '../../core/insights';
import { describeAlertForClinician } from '../../core/insights/alert-words';
import { ACTIONS, type Action, type Episode, type SessionRecord } from '../../core/journal';
import { CONTEXT_LABELS, MASSAGE_LEVEL_LABELS } from '../../core/messages/labels';
import { describeSource } from '../../core/sources';
import { type MedianInterval, median, medianInterval } from './report-stats';
import { SOURCE_REPORT_TRANSLATOR, vocabularyLabel } from './report-words';

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

function labelFactor(factor: string, kind: 'context' | 'checkin', t: Translator): string {
  if (kind === 'context') {
    const english = CONTEXT_LABELS[factor as keyof typeof CONTEXT_LABELS];
    return english === undefined ? factor : vocabularyLabel(t, `labels.context.${factor}`, english);
  }
  const key = `report.checkin-factor.${factor}`;
  return t.has(key) ? t.t(key) : factor;
}

function describeShortfall(needed: Record<string, number>, have: Record<string, number>, t: Translator): string {
  const short = Object.entries(needed).filter(([key, value]) => (have[key] ?? 0) < value).length;
  return short > 0 ? t.t('report.trigger.too-little-data') : t.t('report.trigger.not-compared');
}

/**
 * Trigger rows: factors with a comparison first (by relative risk), then those with only counts.
 * Factors never seen (no episodes with them and no recorded days) are left out.
 */
export function buildTriggerRows(insights: Insights, t: Translator = SOURCE_REPORT_TRANSLATOR): TriggerRow[] {
  const rows: TriggerRow[] = [];
  for (const trigger of insights.triggers) {
    const result = trigger.result;
    if (result.status === 'ok') {
      rows.push({
        factor: labelFactor(trigger.factor, trigger.kind, t),
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
        note: t.t(
          result.ci95.lower > 1
            ? 'report.trigger.more'
            : result.ci95.upper < 1
              ? 'report.trigger.fewer'
              : 'report.trigger.no-difference',
        ),
      });
    } else if (trigger.episodesWithFactor > 0 || Object.values(result.have).some((value) => value > 0)) {
      rows.push({
        factor: labelFactor(trigger.factor, trigger.kind, t),
        isContext: trigger.kind === 'context',
        episodesWithFactor: trigger.episodesWithFactor,
        comparison: null,
        // Contexts recorded only with episodes have no "days without" to compare against.
        note: result.reason ? t.t('report.trigger.count-only') : describeShortfall(result.needed, result.have, t),
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
  t: Translator = SOURCE_REPORT_TRANSLATOR,
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
      toResponseRow(
        t.locale === 'en-GB' ? techniqueName(action) : t.t(`report.technique.${action}`),
        byAction.get(action) ?? [],
      ),
    ),
    ...[...byLevel].map(([level, ratings]) => {
      const english = MASSAGE_LEVEL_LABELS[level as keyof typeof MASSAGE_LEVEL_LABELS]?.label ?? level;
      const key = `report.massage.${level}`;
      const label = t.locale !== 'en-GB' && t.has(key) ? t.t(key) : english;
      return toResponseRow(t.t('report.guided-session', { level: label }), ratings);
    }),
  ];
}

/** Escalation alerts worded for the clinician (third person, with counts), with their sources spelled out. */
export function buildAlerts(
  findings: readonly AlertFinding[],
  t: Translator = SOURCE_REPORT_TRANSLATOR,
): ReportAlert[] {
  return findings.map((finding) => ({
    ...describeAlertForClinician(finding, t),
    source: describeSource(finding.source),
  }));
}
