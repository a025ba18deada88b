/** Turns core insights (triggers, massage effectiveness, alerts) into report rows with readable labels. */
import type { Insights } from '../../core/insights';
import { ACTION_LABELS, CONTEXT_LABELS, MASSAGE_LEVEL_LABELS } from '../../core/messages/labels';
import { describeSource } from '../../core/sources';

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

export interface EffectRow {
  what: string;
  ratings: number;
  meanPainDrop: number | null;
  medianPainDrop: number | null;
  improvedShare: number | null;
  note: string;
}

export interface ReportAlert {
  text: string;
  recommendation: string;
  evidence: string;
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

/** Effectiveness rows: self-care actions on episodes, then guided sessions by massage level. */
export function buildEffectRows(insights: Insights): EffectRow[] {
  const toRow = (what: string, entry: Insights['massage']['byAction'][number]): EffectRow =>
    entry.result.status === 'ok'
      ? {
          what,
          ratings: entry.ratings,
          meanPainDrop: entry.result.meanPainDrop,
          medianPainDrop: entry.result.medianPainDrop,
          improvedShare: entry.result.improvedShare,
          note: '',
        }
      : {
          what,
          ratings: entry.ratings,
          meanPainDrop: null,
          medianPainDrop: null,
          improvedShare: null,
          note: describeShortfall(entry.result.needed, entry.result.have),
        };
  return [
    ...insights.massage.byAction.map((entry) =>
      toRow(ACTION_LABELS[entry.key as keyof typeof ACTION_LABELS] ?? entry.key, entry),
    ),
    ...insights.massage.bySession.map((entry) =>
      toRow(
        `Guided session: ${MASSAGE_LEVEL_LABELS[entry.key as keyof typeof MASSAGE_LEVEL_LABELS]?.label ?? entry.key}`,
        entry,
      ),
    ),
  ];
}

/** Escalation alerts with their sources spelled out. */
export function buildAlerts(insights: Insights): ReportAlert[] {
  return insights.alerts.map((alert) => ({
    text: alert.text,
    recommendation: alert.recommendation,
    evidence: alert.evidence,
    source: describeSource(alert.source),
  }));
}
