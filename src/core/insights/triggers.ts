import type { Context } from '../vocabulary';
import { CONTEXTS } from '../vocabulary-lists';
import type { InsightsDay } from './days';
import type { InsightsCheckIn as CheckIn } from './records';
import { relativeRisk, round } from './statistics';
import { MINIMUM_SAMPLE, type TriggerAssociation } from './types';

type Predicate = (checkin: CheckIn) => boolean | undefined;

/** Check-in factors and when a day counts as "with" it; undefined = not recorded that day (day left out). */
export const CHECKIN_FACTORS: Readonly<Record<string, Predicate>> = {
  'low-fluids': (c) => (c.fluidsLitres === undefined ? undefined : c.fluidsLitres < 1.5),
  exercise: (c) =>
    c.exerciseMinutes === undefined && c.exerciseIntensity === undefined
      ? undefined
      : (c.exerciseMinutes ?? 0) > 0 || (c.exerciseIntensity !== undefined && c.exerciseIntensity !== 'none'),
  'hard-exercise': (c) => (c.exerciseIntensity === undefined ? undefined : c.exerciseIntensity === 'hard'),
  'short-sleep': (c) => (c.sleepHours === undefined ? undefined : c.sleepHours < 6),
  'high-stress': (c) => (c.stress === undefined ? undefined : c.stress >= 7),
  'heat-exposure': (c) => c.heatExposure,
  'cold-exposure': (c) => c.coldExposure,
  alcohol: (c) => (c.alcoholUnits === undefined ? undefined : c.alcoholUnits > 0),
};

/** Contexts a check-in can also show, so days without an episode can have them too. */
const CONTEXT_CHECKIN: Partial<Record<Context, string>> = {
  exercise: 'exercise',
  heat: 'heat-exposure',
  cold: 'cold-exposure',
  stress: 'high-stress',
  dehydration: 'low-fluids',
};

interface Tally {
  daysWith: number;
  episodeDaysWith: number;
  daysWithout: number;
  episodeDaysWithout: number;
}

function judge(t: Tally): TriggerAssociation['result'] {
  const episodeDays = t.episodeDaysWith + t.episodeDaysWithout;
  const enough =
    t.daysWith >= MINIMUM_SAMPLE.triggerDaysPerGroup &&
    t.daysWithout >= MINIMUM_SAMPLE.triggerDaysPerGroup &&
    episodeDays >= MINIMUM_SAMPLE.triggerEpisodeDays;
  if (!enough) {
    return {
      status: 'insufficient-data',
      needed: {
        daysWith: MINIMUM_SAMPLE.triggerDaysPerGroup,
        daysWithout: MINIMUM_SAMPLE.triggerDaysPerGroup,
        episodeDays: MINIMUM_SAMPLE.triggerEpisodeDays,
      },
      have: { daysWith: t.daysWith, daysWithout: t.daysWithout, episodeDays },
    };
  }
  const rr = relativeRisk(t.episodeDaysWith, t.daysWith, t.episodeDaysWithout, t.daysWithout);
  return {
    status: 'ok',
    ...t,
    rateWith: round(t.episodeDaysWith / t.daysWith, 3),
    rateWithout: round(t.episodeDaysWithout / t.daysWithout, 3),
    relativeRisk: round(rr.relativeRisk),
    ci95: { lower: round(rr.ci95.lower), upper: round(rr.ci95.upper) },
  };
}

/**
 * For each context and check-in factor: the share of recorded (check-in) days with an episode, on days with the
 * factor vs without it, a relative risk and its 95 % CI — only once both groups reach the stated minimum.
 * @example findTriggerAssociations([], []).length // 26 (every factor, all insufficient)
 */
export function findTriggerAssociations(
  days: readonly InsightsDay[],
  checkins: readonly CheckIn[],
): TriggerAssociation[] {
  const byDay = new Map<string, CheckIn>();
  for (const c of checkins) byDay.set(c.date, c);
  const episodeDays = new Set<string>();
  const contextDays = new Map<Context, Set<string>>();
  const contextEpisodes = new Map<Context, number>();
  for (const d of days) {
    if (d.episodes === 0) continue;
    episodeDays.add(d.day);
    for (const [c, n] of d.contexts) {
      const listed = contextDays.get(c) ?? new Set<string>();
      listed.add(d.day);
      contextDays.set(c, listed);
      contextEpisodes.set(c, (contextEpisodes.get(c) ?? 0) + n);
    }
  }

  const tally = (isWith: (day: string, checkin: CheckIn) => boolean | undefined): Tally => {
    const t: Tally = { daysWith: 0, episodeDaysWith: 0, daysWithout: 0, episodeDaysWithout: 0 };
    for (const [day, checkin] of byDay) {
      const value = isWith(day, checkin);
      if (value === undefined) continue;
      const hadEpisode = episodeDays.has(day) ? 1 : 0;
      if (value) {
        t.daysWith += 1;
        t.episodeDaysWith += hadEpisode;
      } else {
        t.daysWithout += 1;
        t.episodeDaysWithout += hadEpisode;
      }
    }
    return t;
  };

  const contexts: TriggerAssociation[] = CONTEXTS.map((context) => {
    const listed = contextDays.get(context) ?? new Set<string>();
    const factor = CONTEXT_CHECKIN[context];
    const predicate = factor ? CHECKIN_FACTORS[factor] : undefined;
    const episodesWithFactor = contextEpisodes.get(context) ?? 0;
    if (!predicate) {
      return {
        factor: context,
        kind: 'context',
        episodesWithFactor,
        result: {
          status: 'insufficient-data',
          needed: { daysWithoutEpisodeShowingIt: 1 },
          have: { daysWithoutEpisodeShowingIt: 0 },
          reason: 'only recorded with episodes, so days without an episode cannot show it: no rate can be compared',
        },
      };
    }
    const result = judge(tally((day, c) => (listed.has(day) ? true : predicate(c))));
    return { factor: context, kind: 'context', episodesWithFactor, result };
  });
  const factors: TriggerAssociation[] = Object.entries(CHECKIN_FACTORS).map(([factor, predicate]) => ({
    factor,
    kind: 'checkin',
    episodesWithFactor: 0,
    result: judge(tally((_day, c) => predicate(c))),
  }));
  const rank = (a: TriggerAssociation) => (a.result.status === 'ok' ? a.result.relativeRisk : -1);
  return [...contexts, ...factors].sort((a, b) => rank(b) - rank(a));
}
