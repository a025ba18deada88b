import { type EpisodeInput, EpisodeWriteSchema } from '../../../core/journal';
import { describeEpisodeProblem, EPISODE_FIELD_LABELS, episodeFieldOf } from '../../../core/messages/episode-fields';
import { parseInput } from '../../../core/validation/describe-issues';

/** What the form holds: the episode, with the duration as typed (it may not be a number yet). */
export type EpisodeDraft = Omit<EpisodeInput, 'durationMinutes'> & { durationText: string };

/** Field → the problem shown next to it, in the order the schema reports them. */
export type FieldErrors = Partial<Record<string, string>>;

/** The typed duration as the API would receive it: a number, or the text itself so the schema can name it. */
function readDuration(text: string): number | string | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/**
 * Check a draft with the API's own schema (EpisodeWriteSchema): the episode to save, or one message per field,
 * each named by its label in `fieldLabels` (the page's language; en-GB by default).
 * @example validateEpisode({ ...draft, durationText: '-4' }) // { success: false, errors: { durationMinutes: 'Duration (minutes): must be at least 0 (got -4)' } }
 */
export function validateEpisode(
  draft: EpisodeDraft,
  fieldLabels: Readonly<Record<string, string>> = EPISODE_FIELD_LABELS,
): { success: true; episode: EpisodeInput } | { success: false; errors: FieldErrors } {
  const { durationText, ...rest } = draft;
  const duration = readDuration(durationText);
  const candidate = duration === undefined ? rest : { ...rest, durationMinutes: duration };
  const parsed = parseInput(EpisodeWriteSchema, candidate);
  // The input, not the parsed output: the form keeps sending what the person chose, defaults left to the API.
  if (parsed.success) return { success: true, episode: candidate as EpisodeInput };
  const errors: FieldErrors = {};
  for (const problem of parsed.problems) {
    const field = episodeFieldOf(problem.path);
    errors[field] ??= Object.hasOwn(fieldLabels, field)
      ? `${fieldLabels[field]}: ${problem.message}`
      : describeEpisodeProblem(problem);
  }
  return { success: false, errors };
}

/** The draft of an episode to edit. */
export function toDraft(episode: EpisodeInput): EpisodeDraft {
  const { durationMinutes, ...rest } = episode;
  return { ...rest, durationText: durationMinutes === undefined ? '' : String(durationMinutes) };
}
