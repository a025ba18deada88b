/** The simple command-line flags that describe a Situation (strings as commander gives them). */
export interface SituationFlags {
  region?: string;
  side?: string;
  intensity?: string;
  duration?: string;
  ongoing?: boolean;
  context?: string;
  signs?: string;
  frequency?: string;
}

/** The Situation fields these flags fill, by field path: a problem names the flag that was typed. */
export const SITUATION_FLAGS: Readonly<Record<string, string>> = {
  region: '--region',
  side: '--side',
  intensity: '--intensity',
  durationMinutes: '--duration',
  ongoing: '--ongoing',
  context: '--context',
  signs: '--signs',
  'history.frequency': '--frequency',
};

/** A number when the text is one; otherwise the text, so validation names the field and what is allowed. */
export function toNumber(text: string): number | string {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : text;
}

/** A comma-separated flag as a list, without blanks. @example toList('night, rest') // ['night', 'rest'] */
export function toList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Builds the raw Situation object from flags (validated afterwards with SituationSchema), or `null`
 * when no situation flag was given at all.
 * @example collectSituationFlags({ region: 'calf', intensity: '6' }) // { region: 'calf', intensity: 6 }
 */
export function collectSituationFlags(flags: SituationFlags): Record<string, unknown> | null {
  const situation: Record<string, unknown> = {};
  if (flags.region !== undefined) situation.region = flags.region;
  if (flags.side !== undefined) situation.side = flags.side;
  if (flags.intensity !== undefined) situation.intensity = toNumber(flags.intensity);
  if (flags.duration !== undefined) situation.durationMinutes = toNumber(flags.duration);
  if (flags.ongoing) situation.ongoing = true;
  if (flags.context !== undefined) situation.context = toList(flags.context);
  if (flags.signs !== undefined) situation.signs = toList(flags.signs);
  if (flags.frequency !== undefined) situation.history = { frequency: flags.frequency };
  return Object.keys(situation).length > 0 ? situation : null;
}
