import type { EpisodeType } from '../vocabulary';
import { atLeastSigns } from './conditions';
import type { Facts } from './facts';

const isTetanyLike = atLeastSigns(2, 'tingling-around-mouth', 'hand-foot-spasm', 'multiple-muscle-groups');

/**
 * Classify the episode: tetany-like by its signs, otherwise by duration (brief < 2 min, cramp 2–10, prolonged > 10).
 * An unknown duration reads as a cramp, the article's common case.
 * @example classifyEpisode(toFacts({ region: 'calf', durationMinutes: 1 })) // 'brief'
 */
export function classifyEpisode(facts: Facts): EpisodeType {
  if (isTetanyLike(facts)) return 'tetany-like';
  const minutes = facts.situation.durationMinutes;
  if (minutes === undefined) return 'cramp';
  if (minutes < 2) return 'brief';
  if (minutes <= 10) return 'cramp';
  return 'prolonged';
}
