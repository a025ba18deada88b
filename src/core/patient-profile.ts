/**
 * The details a person may give once for their clinician's report: a name, a date of birth and an identifier
 * (an NHS number, a clinic id). All optional; they go into reports only, and a report leaves out what is empty.
 */
import { z } from 'zod';
import { DaySchema } from './journal';
import { PROFILE_LIMITS } from './patient-profile-limits';

export { PROFILE_LIMITS };

/** Today where the day starts first (UTC+14), so a birth date that is today anywhere on Earth is accepted. */
const today = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `at most ${max} characters` })
    .optional();

/** What a client sends (PUT): every field optional, and an empty text means "not given" (a cleared field). */
export const PatientProfileSchema = z.strictObject({
  displayName: optionalText(PROFILE_LIMITS.displayName),
  dateOfBirth: z
    .union([z.literal(''), DaySchema], { message: 'must be a date, YYYY-MM-DD' })
    .optional()
    .refine((value) => !value || value <= today(), { message: 'must not be in the future' })
    .refine((value) => !value || value >= PROFILE_LIMITS.earliestBirth, {
      message: `must be on or after ${PROFILE_LIMITS.earliestBirth}`,
    }),
  identifier: optionalText(PROFILE_LIMITS.identifier),
});
export type PatientProfileInput = z.input<typeof PatientProfileSchema>;

/** A stored profile: only the fields that were given. */
export interface PatientProfile {
  displayName?: string;
  dateOfBirth?: string;
  identifier?: string;
}

/**
 * The profile with its empty fields left out.
 * @example compactProfile({ displayName: 'Ann', dateOfBirth: '', identifier: undefined }) // { displayName: 'Ann' }
 */
export function compactProfile(parsed: z.output<typeof PatientProfileSchema>): PatientProfile {
  return {
    ...(parsed.displayName ? { displayName: parsed.displayName } : {}),
    ...(parsed.dateOfBirth ? { dateOfBirth: parsed.dateOfBirth } : {}),
    ...(parsed.identifier ? { identifier: parsed.identifier } : {}),
  };
}
