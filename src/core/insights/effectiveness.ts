import type { InsightsDay } from './days';
import { mergeCounts, quantileOfCounts } from './days';
import type { InsightsSession } from './records';
import { round } from './statistics';
import { type Effectiveness, MINIMUM_SAMPLE } from './types';

/** Judges one technique from its pain drops (before − after) as a drop → count list. */
function judge(key: string, drops: readonly [number, number][]): Effectiveness {
  let ratings = 0;
  let sum = 0;
  let improved = 0;
  for (const [drop, n] of drops) {
    ratings += n;
    sum += drop * n; // integers: exact, whatever the order
    if (drop > 0) improved += n;
  }
  if (ratings < MINIMUM_SAMPLE.effectRatings) {
    return {
      key,
      ratings,
      result: {
        status: 'insufficient-data',
        needed: { ratings: MINIMUM_SAMPLE.effectRatings },
        have: { ratings },
      },
    };
  }
  return {
    key,
    ratings,
    result: {
      status: 'ok',
      meanPainDrop: round(sum / ratings),
      medianPainDrop: round(quantileOfCounts(mergeCounts([drops]), 0.5) as number),
      improvedShare: round(improved / ratings, 3),
    },
  };
}

function rank(list: Effectiveness[]): Effectiveness[] {
  const score = (e: Effectiveness) => (e.result.status === 'ok' ? e.result.meanPainDrop : Number.NEGATIVE_INFINITY);
  return list.sort((a, b) => score(b) - score(a) || b.ratings - a.ratings || a.key.localeCompare(b.key));
}

function add(map: Map<string, Map<number, number>>, key: string, drop: number, n: number) {
  let drops = map.get(key);
  if (!drops) {
    drops = new Map();
    map.set(key, drops);
  }
  drops.set(drop, (drops.get(drop) ?? 0) + n);
}

/**
 * Pain drop (before − after, 0–10 scale) per action recorded on episodes (each action once an episode), and per
 * guided-session massage level.
 * @example summariseEffectiveness([], []).byAction // []
 */
export function summariseEffectiveness(
  days: readonly InsightsDay[],
  sessions: readonly InsightsSession[],
): { byAction: Effectiveness[]; bySession: Effectiveness[] } {
  const byAction = new Map<string, Map<number, number>>();
  for (const d of days) for (const [action, before, after, n] of d.ratings) add(byAction, action, before - after, n);
  const bySession = new Map<string, Map<number, number>>();
  for (const s of sessions) {
    if (s.painBefore === undefined || s.painAfter === undefined) continue;
    add(bySession, s.massage, s.painBefore - s.painAfter, 1);
  }
  const judged = (map: Map<string, Map<number, number>>) => [...map].map(([key, drops]) => judge(key, [...drops]));
  return { byAction: rank(judged(byAction)), bySession: rank(judged(bySession)) };
}
