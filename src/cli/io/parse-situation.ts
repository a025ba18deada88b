import type { Situation } from '../../core/situation';
import type { Problem } from '../../core/validation/describe-issues';

/**
 * Parses a Situation, loading its schema (and zod) only now: commands import this instead of the schema so that
 * `knead --help` loads no zod (issue #13 item 5).
 */
export async function parseSituation(
  value: unknown,
): Promise<{ success: true; data: Situation } | { success: false; problems: Problem[] }> {
  const [{ SituationSchema }, { parseInput }] = await Promise.all([
    import('../../core/situation'),
    import('../../core/validation/describe-issues'),
  ]);
  return parseInput(SituationSchema, value);
}
