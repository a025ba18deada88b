/** The clinician report as data: one model, rendered to PDF and to printable HTML. */

import { citeSourceId, labelRegion, labelSite } from '../../core/interop/labels';
import type { CheckIn, Episode, SessionRecord } from '../../core/journal';
import {
  CARE_LEVEL_LABELS,
  CONDITION_LABELS,
  DISCLAIMER,
  MASSAGE_LEVEL_LABELS,
  MEDICATION_LABELS,
} from '../../core/messages/labels';
import type { CareLevel } from '../../core/vocabulary';
import {
  associateFactors,
  type ContextCount,
  countContexts,
  type EffectRow,
  type FactorAssociation,
  measureMassageEffect,
  type ReportAlert,
  raiseAlerts,
} from './report-analysis';
import {
  dayFromNumber,
  dayNumber,
  localDay,
  localHour,
  mean,
  median,
  TIME_OF_DAY_LABELS,
  TIMES_OF_DAY,
  timeOfDay,
  weekStart,
} from './report-stats';

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
    perWeek: number;
    medianDurationMinutes: number | null;
    medianIntensity: number | null;
    meanIntensity: number | null;
    regions: { label: string; count: number }[];
    timesOfDay: { label: string; count: number }[];
  };
  weekly: { weekStart: string; episodes: number; meanIntensity: number | null }[];
  factors: FactorAssociation[];
  contexts: ContextCount[];
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
  const maxRows = input.maxTableRows ?? DEFAULT_MAX_TABLE_ROWS;
  const weekOf = new Map<string, string>();
  const checkins = input.checkins.filter((checkIn) => inRange(checkIn.date, from, to));
  const sessions = input.sessions.filter((session) => inRange(localDay(session.startedAt), from, to));
  const days = Math.max(1, dayNumber(to) - dayNumber(from) + 1);
  const durations: number[] = [];
  const intensities: number[] = [];
  const regions = new Map<string, number>();
  const times = new Map<string, number>(TIMES_OF_DAY.map((slot) => [slot, 0]));
  const weeks = new Map<string, { episodes: number; intensities: number[] }>();
  for (let n = dayNumber(weekStart(from)); n <= dayNumber(to); n += 7) {
    weeks.set(dayFromNumber(n), { episodes: 0, intensities: [] });
  }
  const conditions = new Set<string>();
  const medications = new Set<string>();
  for (const episode of episodes) {
    if (episode.durationMinutes !== undefined) durations.push(episode.durationMinutes);
    if (episode.intensity !== undefined) intensities.push(episode.intensity);
    regions.set(episode.region, (regions.get(episode.region) ?? 0) + 1);
    const slot = timeOfDay(localHour(episode.startedAt));
    times.set(slot, (times.get(slot) ?? 0) + 1);
    const day = localDay(episode.startedAt);
    let start = weekOf.get(day);
    if (start === undefined) {
      start = weekStart(day);
      weekOf.set(day, start);
    }
    const week = weeks.get(start);
    if (week) {
      week.episodes++;
      if (episode.intensity !== undefined) week.intensities.push(episode.intensity);
    }
    for (const condition of episode.history?.conditions ?? []) conditions.add(CONDITION_LABELS[condition]);
    for (const medication of episode.history?.medications ?? []) medications.add(MEDICATION_LABELS[medication]);
  }
  const assessed = episodes.filter((episode) => episode.assessment).at(-1);
  return {
    from,
    to,
    generatedAt: input.generatedAt,
    days,
    summary: {
      episodes: episodes.length,
      perWeek: (episodes.length / days) * 7,
      medianDurationMinutes: median(durations),
      medianIntensity: median(intensities),
      meanIntensity: mean(intensities),
      regions: [...regions.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([region, count]) => ({ label: labelRegion(region as Episode['region']), count })),
      timesOfDay: TIMES_OF_DAY.map((slot) => ({ label: TIME_OF_DAY_LABELS[slot], count: times.get(slot) ?? 0 })),
    },
    weekly: [...weeks.entries()].map(([start, week]) => ({
      weekStart: start,
      episodes: week.episodes,
      meanIntensity: mean(week.intensities),
    })),
    factors: associateFactors(episodes, checkins),
    contexts: countContexts(episodes),
    effects: measureMassageEffect(episodes, sessions),
    alerts: raiseAlerts(episodes, to),
    latestAssessment:
      assessed?.assessment != null
        ? {
            at: formatLocalTime(assessed.startedAt),
            site: labelSite(assessed.region, assessed.side),
            care: CARE_LEVEL_LABELS[assessed.assessment.care].label,
            massage: MASSAGE_LEVEL_LABELS[assessed.assessment.massage].label,
            reasons: assessed.assessment.reasons.map((reason) => ({
              text: reason.text,
              source: citeSourceId(reason.source),
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
