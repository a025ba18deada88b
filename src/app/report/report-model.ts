/** The clinician report as data: one model, rendered to PDF and to printable HTML. */

import { summariseJournal } from '../../core/insights';
import { labelRegion, labelSite } from '../../core/interop/labels';
import type { CheckIn, Episode, SessionRecord } from '../../core/journal';
import {
  CARE_LEVEL_LABELS,
  CONDITION_LABELS,
  DISCLAIMER,
  MASSAGE_LEVEL_LABELS,
  MEDICATION_LABELS,
} from '../../core/messages/labels';
import { formatFrequency } from '../../core/messages/numbers';
import { describeSource } from '../../core/sources';
import type { CareLevel } from '../../core/vocabulary';
import {
  buildAlerts,
  buildEffectRows,
  buildTriggerRows,
  type EffectRow,
  type ReportAlert,
  type TriggerRow,
} from './report-analysis';
import { dayNumber, localDay, median, TIME_OF_DAY_LABELS, TIMES_OF_DAY } from './report-stats';

export interface ReportInput {
  episodes: readonly Episode[];
  checkins: readonly CheckIn[];
  sessions: readonly SessionRecord[];
  /** Inclusive calendar days, YYYY-MM-DD. */
  from: string;
  to: string;
  generatedAt: string;
  /** Most recent episodes listed in the table (a 10-year journal would be hundreds of pages). Default 1,000. */
  maxTableRows?: number;
}

export const DEFAULT_MAX_TABLE_ROWS = 1000;

export interface ReportEpisodeRow {
  when: string;
  site: string;
  duration: string;
  intensity: string;
  context: string;
  actions: string;
  pain: string;
  verdict: string;
}

export interface ReportModel {
  from: string;
  to: string;
  generatedAt: string;
  days: number;
  summary: {
    episodes: number;
    perWeek: number | null;
    /** "1.5 a week", or "2 episodes in 1 day" for a period under a week (formatFrequency). */
    frequency: string;
    medianDurationMinutes: number | null;
    medianIntensity: number | null;
    meanIntensity: number | null;
    regions: { label: string; count: number }[];
    timesOfDay: { label: string; count: number }[];
  };
  weekly: { weekStart: string; episodes: number; meanIntensity: number | null }[];
  triggers: TriggerRow[];
  effects: EffectRow[];
  alerts: ReportAlert[];
  latestAssessment: {
    at: string;
    site: string;
    care: string;
    massage: string;
    reasons: { text: string; source: string }[];
  } | null;
  conditions: string[];
  medications: string[];
  /** The most recent episodes, oldest first; `episodesNotListed` older ones are left out of the table. */
  episodes: ReportEpisodeRow[];
  episodesNotListed: number;
  disclaimer: string;
}

const inRange = (day: string, from: string, to: string) => day >= from && day <= to;

/** "2026-03-01 02:10" as the person recorded it. */
export function formatLocalTime(instant: string): string {
  return `${instant.slice(0, 10)} ${instant.slice(11, 16)}`;
}

/**
 * Builds the report for an inclusive date range from the journal (records outside the range are ignored).
 * @example buildReportModel({ episodes, checkins: [], sessions: [], from: '2026-01-01', to: '2026-03-31', generatedAt }).summary.episodes
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { from, to } = input;
  const episodes = input.episodes
    .filter((episode) => inRange(localDay(episode.startedAt), from, to))
    .map((episode) => ({ episode, at: Date.parse(episode.startedAt) }))
    .sort((a, b) => a.at - b.at)
    .map(({ episode }) => episode);
  const checkins = input.checkins.filter((checkIn) => inRange(checkIn.date, from, to));
  const sessions = input.sessions.filter((session) => inRange(localDay(session.startedAt), from, to));
  const insights = summariseJournal({ episodes, checkins, sessions }, { from, to });
  const maxRows = input.maxTableRows ?? DEFAULT_MAX_TABLE_ROWS;
  const intensities: number[] = [];
  const conditions = new Set<string>();
  const medications = new Set<string>();
  for (const episode of episodes) {
    if (episode.intensity !== undefined) intensities.push(episode.intensity);
    for (const condition of episode.history?.conditions ?? []) conditions.add(CONDITION_LABELS[condition]);
    for (const medication of episode.history?.medications ?? []) medications.add(MEDICATION_LABELS[medication]);
  }
  const assessed = episodes.filter((episode) => episode.assessment).at(-1);
  return {
    from,
    to,
    generatedAt: input.generatedAt,
    days: Math.max(1, dayNumber(to) - dayNumber(from) + 1),
    summary: {
      episodes: insights.totals.episodes,
      perWeek: insights.totals.perWeek,
      frequency: formatFrequency(insights.totals, insights.range.days),
      medianDurationMinutes: insights.totals.medianDurationMinutes,
      medianIntensity: median(intensities),
      meanIntensity: insights.totals.meanIntensity,
      regions: insights.regions.map((entry) => ({ label: labelRegion(entry.region), count: entry.count })),
      timesOfDay: TIMES_OF_DAY.map((slot) => ({ label: TIME_OF_DAY_LABELS[slot], count: insights.timeOfDay[slot] })),
    },
    weekly: insights.weekly.map((week) => ({
      weekStart: week.start,
      episodes: week.episodes,
      meanIntensity: week.meanIntensity,
    })),
    triggers: buildTriggerRows(insights),
    effects: buildEffectRows(insights),
    alerts: buildAlerts(insights),
    latestAssessment:
      assessed?.assessment != null
        ? {
            at: formatLocalTime(assessed.startedAt),
            site: labelSite(assessed.region, assessed.side),
            care: CARE_LEVEL_LABELS[assessed.assessment.care].label,
            massage: MASSAGE_LEVEL_LABELS[assessed.assessment.massage].label,
            reasons: assessed.assessment.reasons.map((reason) => ({
              text: reason.text,
              source: describeSource(reason.source),
            })),
          }
        : null,
    conditions: [...conditions].sort(),
    medications: [...medications].sort(),
    episodes: episodes.slice(Math.max(0, episodes.length - maxRows)).map(toRow),
    episodesNotListed: Math.max(0, episodes.length - maxRows),
    disclaimer: DISCLAIMER,
  };
}

/** Table-width care levels (the full labels are in the latest-assessment section). */
const SHORT_CARE: Record<CareLevel, string> = {
  emergency_ambulance: 'Ambulance',
  emergency: 'Emergency',
  consultation_24: 'Doctor <24 h',
  consultation: 'See doctor',
  self_care: 'Self-care',
};

function toRow(episode: Episode): ReportEpisodeRow {
  const pain =
    episode.painBefore !== undefined || episode.painAfter !== undefined
      ? `${episode.painBefore ?? '?'} -> ${episode.painAfter ?? '?'}`
      : '';
  return {
    when: formatLocalTime(episode.startedAt),
    site: labelSite(episode.region, episode.side),
    duration: episode.durationMinutes !== undefined ? `${Number(episode.durationMinutes.toFixed(1))} min` : '',
    intensity: episode.intensity !== undefined ? `${episode.intensity}/10` : '',
    context: episode.context.join(', '),
    actions: episode.actions.join(', '),
    pain,
    verdict: episode.assessment ? SHORT_CARE[episode.assessment.care] : '',
  };
}
