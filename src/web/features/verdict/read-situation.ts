import { useEffect, useMemo, useState } from 'react';
import type { Situation } from '../../../core/situation';
import { isSituation } from '../../../core/situation-check';

export type ReadResult =
  | { ok: true; situation: Situation }
  | { ok: false; error: string }
  /** Valid JSON that is not a valid situation: describeInvalidSituation says which field. */
  | { ok: false; invalid: unknown };

/** Parse the `s` query value against the assessment contract (zod-free: a shared link's first load never loads zod). */
export function readSituation(raw: string | null): ReadResult {
  if (!raw) return { ok: false, error: 'No answers were given.' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'The answers in the link are not valid.' };
  }
  return isSituation(json) ? { ok: true, situation: json } : { ok: false, invalid: json };
}

/** The first problem of an invalid situation in the contract's own wording ("region: one of neck, shoulder, …"). */
export async function describeInvalidSituation(value: unknown): Promise<string> {
  // Only a rejected link pays for the schema and its describer, as the API and CLI word it.
  const [{ SituationSchema }, { parseInput }] = await Promise.all([
    import('../../../core/situation'),
    import('../../../core/validation/describe-issues'),
  ]);
  const result = parseInput(SituationSchema, value);
  const problem = result.success ? undefined : result.problems[0];
  return `${problem?.path ?? 'answers'}: ${problem?.message ?? 'invalid'}`;
}

/** readSituation for a page: a rejected link's error (null for the moment it takes to word it). */
export function useReadSituation(
  raw: string | null,
): { ok: true; situation: Situation } | { ok: false; error: string | null } {
  const parsed = useMemo(() => readSituation(raw), [raw]);
  const [described, setDescribed] = useState<{ value: unknown; error: string } | null>(null);
  useEffect(() => {
    if (!('invalid' in parsed)) return;
    let live = true;
    void describeInvalidSituation(parsed.invalid).then(
      (error) => live && setDescribed({ value: parsed.invalid, error }),
    );
    return () => {
      live = false;
    };
  }, [parsed]);
  if (parsed.ok || 'error' in parsed) return parsed;
  return { ok: false, error: described !== null && described.value === parsed.invalid ? described.error : null };
}
