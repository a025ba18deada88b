/** Trigger associations, massage effectiveness and escalation alerts for the clinician report. */
import type { CheckIn, Episode, SessionRecord } from '../../core/journal';
import { ACTION_LABELS, CONTEXT_LABELS, MASSAGE_LEVEL_LABELS } from '../../core/messages/labels';
import { dayNumber, localDay, mean, wilsonInterval } from './report-stats';

/** Minimum days on each side before a with/without comparison is shown as a comparison at all. */
export const MIN_DAYS_TO_COMPARE = 7;
/** Minimum rated episodes before a mean pain change is reported with an interval. */
export const MIN_RATED_FOR_INTERVAL = 5;

export interface FactorAssociation {
  factor: string;
  withDays: number;
  withEpisodeDays: number;
  withoutDays: number;
  withoutEpisodeDays: number;
  /** Share of days with an episode, with its Wilson 95 % interval. */
  rateWith: number | null;
  rateWithInterval: [number, number] | null;
  rateWithout: number | null;
  rateWithoutInterval: [number, number] | null;
  enoughData: boolean;
}

export interface ContextCount {
  context: string;
  episodes: number;
  share: number;
  interval: [number, number] | null;
}

export interface EffectRow {
  what: string;
  rated: number;
  meanBefore: number | null;
  meanAfter: number | null;
  meanChange: number | null;
  changeInterval: [number, number] | null;
}

export interface ReportAlert {
  text: string;
  source: string;
}

interface CheckInFactor {
  label: string;
  applies: (checkIn: CheckIn) => boolean | undefined;
}

const FACTORS: readonly CheckInFactor[] = [
  { label: 'Low fluids (< 1.5 L)', applies: (c) => (c.fluidsLitres === undefined ? undefined : c.fluidsLitres < 1.5) },
  {
    label: 'Hard exercise',
    applies: (c) => (c.exerciseIntensity === undefined ? undefined : c.exerciseIntensity === 'hard'),
  },
  { label: 'Short sleep (< 6 h)', applies: (c) => (c.sleepHours === undefined ? undefined : c.sleepHours < 6) },
  { label: 'High stress (7-10)', applies: (c) => (c.stress === undefined ? undefined : c.stress >= 7) },
  { label: 'Heat exposure', applies: (c) => c.heatExposure },
  { label: 'Cold exposure', applies: (c) => c.coldExposure },
  { label: 'Alcohol (> 2 units)', applies: (c) => (c.alcoholUnits === undefined ? undefined : c.alcoholUnits > 2) },
];

/** Episode-day rates on check-in days with vs without each factor; only days where the factor was recorded count. */
export function associateFactors(episodes: readonly Episode[], checkins: readonly CheckIn[]): FactorAssociation[] {
  const episodeDays = new Set(episodes.map((episode) => localDay(episode.startedAt)));
  const rows: FactorAssociation[] = [];
  for (const factor of FACTORS) {
    let withDays = 0;
    let withEpisodeDays = 0;
    let withoutDays = 0;
    let withoutEpisodeDays = 0;
    for (const checkIn of checkins) {
      const applies = factor.applies(checkIn);
      if (applies === undefined) continue;
      const hadEpisode = episodeDays.has(checkIn.date);
      if (applies) {
        withDays++;
        if (hadEpisode) withEpisodeDays++;
      } else {
        withoutDays++;
        if (hadEpisode) withoutEpisodeDays++;
      }
    }
    if (withDays + withoutDays === 0) continue;
    rows.push({
      factor: factor.label,
      withDays,
      withEpisodeDays,
      withoutDays,
      withoutEpisodeDays,
      rateWith: withDays > 0 ? withEpisodeDays / withDays : null,
      rateWithInterval: wilsonInterval(withEpisodeDays, withDays),
      rateWithout: withoutDays > 0 ? withoutEpisodeDays / withoutDays : null,
      rateWithoutInterval: wilsonInterval(withoutEpisodeDays, withoutDays),
      enoughData: withDays >= MIN_DAYS_TO_COMPARE && withoutDays >= MIN_DAYS_TO_COMPARE,
    });
  }
  return rows;
}

/** How often each context was recorded with an episode, most frequent first. */
export function countContexts(episodes: readonly Episode[]): ContextCount[] {
  const counts = new Map<string, number>();
  for (const episode of episodes)
    for (const context of episode.context) counts.set(context, (counts.get(context) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([context, count]) => ({
      context: CONTEXT_LABELS[context as keyof typeof CONTEXT_LABELS] ?? context,
      episodes: count,
      share: count / episodes.length,
      interval: wilsonInterval(count, episodes.length),
    }));
}

function effectRow(what: string, pairs: readonly [number, number][]): EffectRow {
  const changes = pairs.map(([before, after]) => after - before);
  const meanChange = mean(changes);
  let changeInterval: [number, number] | null = null;
  if (meanChange !== null && changes.length >= MIN_RATED_FOR_INTERVAL) {
    const variance = changes.reduce((sum, change) => sum + (change - meanChange) ** 2, 0) / (changes.length - 1);
    const half = 1.96 * Math.sqrt(variance / changes.length);
    changeInterval = [meanChange - half, meanChange + half];
  }
  return {
    what,
    rated: pairs.length,
    meanBefore: mean(pairs.map(([before]) => before)),
    meanAfter: mean(pairs.map(([, after]) => after)),
    meanChange,
    changeInterval,
  };
}

/** Pain before vs after, by self-care action on episodes and by guided-session level. */
export function measureMassageEffect(episodes: readonly Episode[], sessions: readonly SessionRecord[]): EffectRow[] {
  const byAction = new Map<string, [number, number][]>();
  for (const episode of episodes) {
    if (episode.painBefore === undefined || episode.painAfter === undefined) continue;
    for (const action of episode.actions) {
      const list = byAction.get(action) ?? [];
      list.push([episode.painBefore, episode.painAfter]);
      byAction.set(action, list);
    }
  }
  const rows = [...byAction.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([action, pairs]) => effectRow(ACTION_LABELS[action as keyof typeof ACTION_LABELS] ?? action, pairs));
  const bySession = new Map<string, [number, number][]>();
  for (const session of sessions) {
    if (session.painBefore === undefined || session.painAfter === undefined) continue;
    const list = bySession.get(session.massage) ?? [];
    list.push([session.painBefore, session.painAfter]);
    bySession.set(session.massage, list);
  }
  for (const [level, pairs] of bySession) {
    rows.push(effectRow(`Guided session: ${MASSAGE_LEVEL_LABELS[level as 'gentle'].label}`, pairs));
  }
  return rows;
}

const MASSAGE_ACTIONS = new Set(['effleurage', 'petrissage', 'friction', 'trigger-point', 'deep-tissue', 'stretch']);

/** Escalation alerts over the range (more frequent, longer, not improving despite massage, urgent verdicts). */
export function raiseAlerts(episodes: readonly Episode[], toDay: string): ReportAlert[] {
  const alerts: ReportAlert[] = [];
  const end = dayNumber(toDay);
  const inWindow = (episode: Episode, fromBack: number, toBack: number) => {
    const n = dayNumber(localDay(episode.startedAt));
    return n > end - fromBack && n <= end - toBack;
  };
  const recent = episodes.filter((episode) => inWindow(episode, 28, 0));
  const before = episodes.filter((episode) => inWindow(episode, 56, 28));
  if (recent.length >= 4 && recent.length >= 2 * Math.max(1, before.length)) {
    alerts.push({
      text: `Spasms are becoming more frequent: ${recent.length} in the last 4 weeks vs ${before.length} in the 4 weeks before. See a clinician.`,
      source: 'mayo:muscle-cramp',
    });
  }
  const long = episodes.filter((episode) => (episode.durationMinutes ?? 0) > 10);
  if (long.length > 0) {
    alerts.push({
      text: `${long.length} episode(s) lasted longer than 10 minutes. Cramps that last longer than 10 minutes should be checked by a GP.`,
      source: 'nhs:leg-cramps',
    });
  }
  const massaged = recent.filter(
    (episode) => episode.actions.some((action) => MASSAGE_ACTIONS.has(action)) && episode.response !== undefined,
  );
  const notBetter = massaged.filter((episode) => episode.response !== 'better');
  if (massaged.length >= 4 && notBetter.length * 2 > massaged.length) {
    alerts.push({
      text: `Not improving despite regular massage: ${notBetter.length} of ${massaged.length} recent massaged episodes did not get better.`,
      source: 'medlineplus:muscle-cramps',
    });
  }
  const urgent = episodes.filter((episode) =>
    ['emergency_ambulance', 'emergency', 'consultation_24'].includes(episode.assessment?.care ?? ''),
  );
  if (urgent.length > 0) {
    alerts.push({
      text: `${urgent.length} episode(s) were assessed as needing urgent or emergency care.`,
      source: 'clinical:emergency-signs',
    });
  }
  return alerts;
}
