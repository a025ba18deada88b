import type { Situation } from '../../../core/situation';
import { type AnySchema, parseInput } from '../../../core/validation/describe-issues';

export type ReadResult = { ok: true; situation: Situation } | { ok: false; error: string };

/** Parse the `s` query value with the contract's schema; errors name the field and what is allowed. */
export function readSituation(raw: string | null, schema: AnySchema): ReadResult {
  if (!raw) return { ok: false, error: 'No answers were given.' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'The answers in the link are not valid.' };
  }
  // The contract's own wording ("one of neck, shoulder, …"), as the API and CLI say it, without zod's locale bundle.
  const result = parseInput(schema, json);
  if (result.success) return { ok: true, situation: result.data as Situation };
  const problem = result.problems[0];
  return { ok: false, error: `${problem?.path ?? 'answers'}: ${problem?.message ?? 'invalid'}` };
}
