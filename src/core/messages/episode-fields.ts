import type { EpisodeInput } from '../journal';

/** The journal form's name for each episode field, so a problem reads "Duration: must be at least 0 (got -4)". */
export const EPISODE_FIELD_LABELS: Record<keyof EpisodeInput, string> = {
  id: 'Entry id',
  startedAt: 'Start time',
  region: 'Where',
  side: 'Side',
  durationMinutes: 'Duration (minutes)',
  intensity: 'How strong',
  context: 'What was going on',
  signs: 'What you noticed',
  history: 'History',
  actions: 'What you did',
  painBefore: 'Pain before massage',
  painAfter: 'Pain after massage',
  response: 'How it responded',
  notes: 'Notes',
  assessment: 'Assessment',
};

/** The episode field a problem path starts with (`signs[2]` → `signs`), or the path itself when it names none. */
export function episodeFieldOf(path: string): string {
  return /^[A-Za-z]+/.exec(path)?.[0] ?? path;
}

/**
 * A validation problem as a person reads it: the field's label, then what is allowed.
 * @example describeEpisodeProblem({ path: 'durationMinutes', message: 'must be at least 0 (got -4)' }) // 'Duration (minutes): must be at least 0 (got -4)'
 */
export function describeEpisodeProblem(problem: { path: string; message: string }): string {
  const field = episodeFieldOf(problem.path);
  const label = Object.hasOwn(EPISODE_FIELD_LABELS, field)
    ? EPISODE_FIELD_LABELS[field as keyof EpisodeInput]
    : problem.path;
  return `${label}: ${problem.message}`;
}
