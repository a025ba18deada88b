/** The clinician report as data: one model, rendered to PDF and to printable HTML. */

import { findJournalAlertFindings, summariseJournal } from '../../core/insights';
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
import type { PatientProfile } from '../../core/patient-profile';
import { describeSource } from '../../core/sources';
import type { CareLevel } from '../../core/vocabulary';
import {
  buildAlerts,
  buildResponseRows,
  buildTriggerRows,
  type ReportAlert,
  type ResponseRow,
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
  /** The details the person gave for the report; empty fields (or none) are left out. */
  patient?: PatientProfile | null | undefined;
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
  /** better, same or worse, as the person reported it. */
  response: string;
  verdict: string;
  /** The person's free-text notes, whole. */
  notes: string;
}

/** One assessment recorded with an episode: the verdict and every rule that fired. */
export interface ReportVerdict {
  at: string;
  site: string;
  care: string;
  massage: string;
  /** Rule ids, care and massage rules first (red flags among them), then information rules. */
  rules: string[];
}

export interface ReportModel {
  /** Only the fields the person filled in; null when none. */
  patient: { name?: string; dateOfBirth?: string; identifier?: string } | null;
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
  /** ISO weeks from the first with an episode to the end of the range (the whole range when there is none). */
  weekly: { weekStart: string; episodes: number; meanIntensity: number | null }[];
  /** The first day with an episode when the weeks before it were left out of `weekly`, else null. */
  noEpisodesBefore: string | null;
  triggers: TriggerRow[];
  /** Pain before and after each technique, with the median drop and its interval. */
  responses: ResponseRow[];
  alerts: ReportAlert[];
  /** Every assessment recorded with an episode in the period, oldest first. */
  verdicts: ReportVerdict[];
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
  const assessedEpisodes = episodes.filter((episode) => episode.assessment);
  const assessed = assessedEpisodes.at(-1);
  const weekly = insights.weekly.map((week) => ({
    weekStart: week.start,
    episodes: week.episodes,
    meanIntensity: week.meanIntensity,
  }));
  const firstWeek = weekly.findIndex((week) => week.episodes > 0);
  return {
    patient: toPatient(input.patient),
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
    // A chart spanning January to November with episodes only in November would put every mark at its right
    // edge: the weeks before the first episode are left out and the report says so instead.
    weekly: firstWeek > 0 ? weekly.slice(firstWeek) : weekly,
    noEpisodesBefore: firstWeek > 0 ? localDay((episodes[0] as Episode).startedAt) : null,
    triggers: buildTriggerRows(insights),
    responses: buildResponseRows(episodes, sessions),
    alerts: buildAlerts(findJournalAlertFindings({ episodes, checkins, sessions }, { from, to })),
    verdicts: assessedEpisodes.map(toVerdict),
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

function toPatient(profile: PatientProfile | null | undefined): ReportModel['patient'] {
  const patient = {
    ...(profile?.displayName ? { name: profile.displayName } : {}),
    ...(profile?.dateOfBirth ? { dateOfBirth: profile.dateOfBirth } : {}),
    ...(profile?.identifier ? { identifier: profile.identifier } : {}),
  };
  return Object.keys(patient).length > 0 ? patient : null;
}

const AXIS_ORDER = { care: 0, massage: 1, info: 2 } as const;

function toVerdict(episode: Episode): ReportVerdict {
  const assessment = episode.assessment as NonNullable<Episode['assessment']>;
  return {
    at: formatLocalTime(episode.startedAt),
    site: labelSite(episode.region, episode.side),
    care: CARE_LEVEL_LABELS[assessment.care].label,
    massage: MASSAGE_LEVEL_LABELS[assessment.massage].label,
    rules: [...assessment.reasons]
      .sort((a, b) => AXIS_ORDER[a.axis] - AXIS_ORDER[b.axis])
      .map((reason) => reason.id)
      .filter((id, index, ids) => ids.indexOf(id) === index),
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
    context: episode.context.map((context) => context.replace(/-/g, ' ')).join(', '),
    actions: episode.actions.map((action) => action.replace(/-/g, ' ')).join(', '),
    pain,
    response: episode.response ?? '',
    verdict: episode.assessment ? SHORT_CARE[episode.assessment.care] : '',
    notes: episode.notes?.trim() ?? '',
  };
}
