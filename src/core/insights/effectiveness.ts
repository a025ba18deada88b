import type { InsightsEpisode, InsightsSession } from './records';
import { mean, quantileSorted, round } from './statistics';
import { type Effectiveness, MINIMUM_SAMPLE } from './types';

function judge(key: string, drops: number[]): Effectiveness {
  if (drops.length < MINIMUM_SAMPLE.effectRatings) {
    return {
      key,
      ratings: drops.length,
      result: {
        status: 'insufficient-data',
        needed: { ratings: MINIMUM_SAMPLE.effectRatings },
        have: { ratings: drops.length },
      },
    };
  }
  const sorted = [...drops].sort((a, b) => a - b);
  return {
    key,
    ratings: drops.length,
    result: {
      status: 'ok',
      meanPainDrop: round(mean(drops) as number),
      medianPainDrop: round(quantileSorted(sorted, 0.5) as number),
      improvedShare: round(drops.filter((d) => d > 0).length / drops.length, 3),
    },
  };
}

function rank(list: Effectiveness[]): Effectiveness[] {
  const score = (e: Effectiveness) => (e.result.status === 'ok' ? e.result.meanPainDrop : Number.NEGATIVE_INFINITY);
  return list.sort((a, b) => score(b) - score(a) || b.ratings - a.ratings || a.key.localeCompare(b.key));
}

/**
 * Pain drop (before − after, 0–10 scale) per action recorded on episodes, and per guided-session massage level.
 * @example summariseEffectiveness([], []).byAction // []
 */
export function summariseEffectiveness(
  episodes: readonly InsightsEpisode[],
  sessions: readonly InsightsSession[],
): { byAction: Effectiveness[]; bySession: Effectiveness[] } {
  const byAction = new Map<string, number[]>();
  for (const e of episodes) {
    if (e.painBefore === undefined || e.painAfter === undefined) continue;
    const drop = e.painBefore - e.painAfter;
    for (const [i, action] of e.actions.entries()) {
      if (e.actions.indexOf(action) !== i) continue; // count each action once per episode
      const list = byAction.get(action) ?? [];
      list.push(drop);
      byAction.set(action, list);
    }
  }
  const bySession = new Map<string, number[]>();
  for (const s of sessions) {
    if (s.painBefore === undefined || s.painAfter === undefined) continue;
    const list = bySession.get(s.massage) ?? [];
    list.push(s.painBefore - s.painAfter);
    bySession.set(s.massage, list);
  }
  return {
    byAction: rank([...byAction].map(([key, drops]) => judge(key, drops))),
    bySession: rank([...bySession].map(([key, drops]) => judge(key, drops))),
  };
}
