/** The clinician report as data: one model, rendered to PDF and to printable HTML. */

import type { Translator } from '../../core/i18n/translator';
import {
  buildInsightsDays,
  type DaysJournal,
  findDaysAlertFindings,
  type InsightsDay,
  summariseDays,
} from '../../core/insights';
import type { CheckIn, Episode, SessionRecord } from '../../core/journal';
import {
  CARE_LEVEL_LABELS,
  CONDITION_LABELS,
  DISCLAIMER,
  MASSAGE_LEVEL_LABELS,
  MEDICATION_LABELS,
} from '../../core/messages/labels';
import type { PatientProfile } from '../../core/patient-profile';
import { describeSource } from '../../core/sources';
import type { CareLevel, Region, Side } from '../../core/vocabulary';
import {
  buildAlerts,
  buildResponseRows,
  buildTriggerRows,
  type ReportAlert,
  type ResponseRow,
  type TriggerRow,
} from './report-analysis';
import { dayNumber, localDay, median, TIMES_OF_DAY } from './report-stats';
import { localDigits, reportNumber, reportWhen, SOURCE_REPORT_TRANSLATOR, vocabularyLabel } from './report-words';

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
  /** The report's language (report-words.ts); en-GB when not given. */
  translator?: Translator;
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

/** "2026-03-01 02:10" as the person recorded it (in the report's language: reportWhen). */
export function formatLocalTime(instant: string, t: Translator = SOURCE_REPORT_TRANSLATOR): string {
  return reportWhen(t, instant);
}

/** A body region's short name ("Calf") in the report's language. */
export function regionName(t: Translator, region: Region): string {
  return vocabularyLabel(t, `labels.region-short.${region}`, t.t(`report.region.${region}`));
}

/** "Left calf", "Calf (both sides)": the region with its side, in the report's language. */
export function siteName(t: Translator, region: Region, side?: Side): string {
  const name = regionName(t, region);
  if (side === 'left' || side === 'right' || side === 'both') {
    // "Left calf" lowercases the region in English; "Pantorrilla (izquierda)" keeps it (site.region-case).
    const lower = side !== 'both' && t.t('report.site.region-case') === 'lower';
    return t.t(`report.site.${side}`, { region: lower ? name.toLocaleLowerCase(t.lang) : name });
  }
  return name;
}

/** How often episodes came (formatFrequency's rule: a weekly rate once the period spans a week, else the count). */
function describeFrequency(t: Translator, totals: { episodes: number; perWeek: number | null }, days: number) {
  if (totals.perWeek === null) return t.t('report.frequency.in-days', { episodes: totals.episodes, days });
  return t.t('report.frequency.per-week', { perWeek: reportNumber(t, totals.perWeek) });
}

/**
 * What a report is built from, however it was read: the range's episodes as days with its check-ins and sessions
 * (what insights read: a SQL store keeps the days on write), and the few full episodes it lists.
 */
export interface ReportParts {
  journal: DaysJournal;
  /** The range's most recent episodes, oldest first (at most `maxTableRows`): the table. */
  latest: readonly Episode[];
  /** Every episode of the range recorded with an assessment, oldest first: the verdicts. */
  assessed: readonly Episode[];
}

export type ReportMeta = Omit<ReportInput, 'episodes' | 'checkins' | 'sessions'>;

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
  const maxRows = input.maxTableRows ?? DEFAULT_MAX_TABLE_ROWS;
  const parts: ReportParts = {
    journal: { days: buildInsightsDays(episodes), checkins, sessions },
    latest: episodes.slice(Math.max(0, episodes.length - maxRows)),
    assessed: episodes.filter((episode) => episode.assessment),
  };
  return buildReportModelFromParts(parts, input);
}

/** Each rated action of the days as one rating (an episode counts once for each action it lists). */
function ratedActions(days: readonly InsightsDay[]): Pick<Episode, 'actions' | 'painBefore' | 'painAfter'>[] {
  const out: Pick<Episode, 'actions' | 'painBefore' | 'painAfter'>[] = [];
  for (const day of days) {
    for (const [action, painBefore, painAfter, n] of day.ratings) {
      for (let i = 0; i < n; i++) out.push({ actions: [action], painBefore, painAfter });
    }
  }
  return out;
}

/**
 * The report from its parts: the statistics from the days (so a 10-year report reads 3,653 days, not every
 * episode), the verdicts and the table from the full episodes given.
 */
export function buildReportModelFromParts(parts: ReportParts, meta: ReportMeta): ReportModel {
  const { from, to } = meta;
  const t = meta.translator ?? SOURCE_REPORT_TRANSLATOR;
  const days = parts.journal.days.filter((day) => inRange(day.day, from, to) && day.episodes > 0);
  const checkins = parts.journal.checkins.filter((checkIn) => inRange(checkIn.date, from, to));
  const sessions = parts.journal.sessions.filter((session) => inRange(localDay(session.startedAt), from, to));
  const journal = { days, checkins, sessions };
  const insights = summariseDays(journal, { from, to });
  const intensities: number[] = [];
  const conditions = new Set<string>();
  const medications = new Set<string>();
  for (const day of days) {
    for (const [value, n] of day.intensities) for (let i = 0; i < n; i++) intensities.push(value);
    for (const condition of day.conditions)
      conditions.add(vocabularyLabel(t, `labels.condition.${condition}`, CONDITION_LABELS[condition]));
    for (const medication of day.medications)
      medications.add(vocabularyLabel(t, `labels.medication.${medication}`, MEDICATION_LABELS[medication]));
  }
  const assessedEpisodes = parts.assessed;
  const assessed = assessedEpisodes.at(-1);
  const weekly = insights.weekly.map((week) => ({
    weekStart: week.start,
    episodes: week.episodes,
    meanIntensity: week.meanIntensity,
  }));
  const firstWeek = weekly.findIndex((week) => week.episodes > 0);
  let firstDay: string | null = null;
  for (const day of days) if (firstDay === null || day.day < firstDay) firstDay = day.day;
  return {
    patient: toPatient(meta.patient),
    from,
    to,
    generatedAt: meta.generatedAt,
    days: Math.max(1, dayNumber(to) - dayNumber(from) + 1),
    summary: {
      episodes: insights.totals.episodes,
      perWeek: insights.totals.perWeek,
      frequency: describeFrequency(t, insights.totals, insights.range.days),
      medianDurationMinutes: insights.totals.medianDurationMinutes,
      medianIntensity: median(intensities),
      meanIntensity: insights.totals.meanIntensity,
      regions: insights.regions.map((entry) => ({ label: regionName(t, entry.region), count: entry.count })),
      timesOfDay: TIMES_OF_DAY.map((slot) => ({
        label: t.t(`report.time-of-day.${slot}`),
        count: insights.timeOfDay[slot],
      })),
    },
    // A chart spanning January to November with episodes only in November would put every mark at its right
    // edge: the weeks before the first episode are left out and the report says so instead.
    weekly: firstWeek > 0 ? weekly.slice(firstWeek) : weekly,
    noEpisodesBefore: firstWeek > 0 ? firstDay : null,
    triggers: buildTriggerRows(insights, t),
    responses: buildResponseRows(ratedActions(days), sessions, t),
    alerts: buildAlerts(findDaysAlertFindings(journal, { from, to }), t),
    verdicts: assessedEpisodes.map((episode) => toVerdict(episode, t)),
    latestAssessment:
      assessed?.assessment != null
        ? {
            at: formatLocalTime(assessed.startedAt, t),
            site: siteName(t, assessed.region, assessed.side),
            care: careName(t, assessed.assessment.care),
            massage: massageName(t, assessed.assessment.massage),
            reasons: assessed.assessment.reasons.map((reason) => ({
              text: reason.text,
              source: describeSource(reason.source),
            })),
          }
        : null,
    conditions: [...conditions].sort(),
    medications: [...medications].sort(),
    episodes: parts.latest.map((episode) => toRow(episode, t)),
    episodesNotListed: Math.max(0, insights.totals.episodes - parts.latest.length),
    disclaimer: t.locale === 'en-GB' ? DISCLAIMER : t.t('report.disclaimer'),
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

/** A care level's label ("See a doctor within 24 hours"); today's CARE_LEVEL_LABELS in en-GB. */
function careName(t: Translator, care: CareLevel): string {
  // The app's own words for the level (D1's `care` namespace) when loaded, so report and screens agree.
  if (t.locale === 'en-GB') return CARE_LEVEL_LABELS[care].label;
  return vocabularyLabel(t, `care.level.${care}.label`, t.t(`report.care.${care}`));
}

function massageName(t: Translator, massage: keyof typeof MASSAGE_LEVEL_LABELS): string {
  if (t.locale === 'en-GB') return MASSAGE_LEVEL_LABELS[massage].label;
  return vocabularyLabel(t, `labels.massage-level.${massage}.label`, t.t(`report.massage.${massage}`));
}

function toVerdict(episode: Episode, t: Translator): ReportVerdict {
  const assessment = episode.assessment as NonNullable<Episode['assessment']>;
  return {
    at: formatLocalTime(episode.startedAt, t),
    site: siteName(t, episode.region, episode.side),
    care: careName(t, assessment.care),
    massage: massageName(t, assessment.massage),
    rules: [...assessment.reasons]
      .sort((a, b) => AXIS_ORDER[a.axis] - AXIS_ORDER[b.axis])
      .map((reason) => reason.id)
      .filter((id, index, ids) => ids.indexOf(id) === index),
  };
}

function toRow(episode: Episode, t: Translator): ReportEpisodeRow {
  const pain =
    episode.painBefore !== undefined || episode.painAfter !== undefined
      ? `${episode.painBefore ?? '?'} -> ${episode.painAfter ?? '?'}`
      : '';
  const minutes = episode.durationMinutes;
  return {
    when: formatLocalTime(episode.startedAt, t),
    site: siteName(t, episode.region, episode.side),
    duration:
      minutes !== undefined
        ? t.t('report.minutes', { minutes: localDigits(t, String(Number(minutes.toFixed(1)))) })
        : '',
    intensity: episode.intensity !== undefined ? `${episode.intensity}/10` : '',
    // Table-width words: the ids' own words in en-GB ("trigger point"), the report's short words elsewhere.
    context: episode.context.map((context) => t.t(`report.context.${context}`)).join(', '),
    actions: episode.actions.map((action) => t.t(`report.action.${action}`)).join(', '),
    pain,
    response: episode.response ? t.t(`report.response.${episode.response}`) : '',
    verdict: episode.assessment ? t.t(`report.care-short.${episode.assessment.care}`) : '',
    notes: episode.notes?.trim() ?? '',
  };
}
