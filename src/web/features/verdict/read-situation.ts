import type { z } from 'zod';
import type { Situation } from '../../../core/situation';

export type ReadResult = { ok: true; situation: Situation } | { ok: false; error: string };

/** Parse the `s` query value with the contract's schema; errors name the field and what is allowed. */
export function readSituation(raw: string | null, schema: z.ZodType<Situation>): ReadResult {
  if (!raw) return { ok: false, error: 'No answers were given.' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'The answers in the link are not valid.' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, situation: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') || 'answers'}: ${issue?.message ?? 'invalid'}` };
}
