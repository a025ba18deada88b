/**
 * Numbers as people read them: `digits` decimals without trailing zeros, but a small non-zero value keeps one
 * significant digit (a rate of 0.02 a week reads "0.02", never "0", which would say "none"). Missing → "-".
 */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '-';
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) return String(Number(value.toPrecision(1)));
  return String(Number(value.toFixed(digits)));
}

/** "1 day", "3 days": a count with its noun in the right number (`plural` defaults to noun + "s"). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * A duration in whole seconds, exactly, so the parts of a plan add up to its total wherever it is shown:
 * under a minute in seconds, whole and half minutes as minutes, anything else as minutes and seconds.
 * @example formatDuration(630) // '10.5 min'
 */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole % 30 === 0) return `${whole / 60} min`;
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** Minutes as a figure ("4.5 min"), or "-" when there is none. @example formatMinutes(4.25) // '4.3 min' */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? '-' : `${formatNumber(minutes)} min`;
}

/**
 * How often episodes came: a weekly rate once the period spans a week, else the plain count
 * (two episodes on one day are not "14 a week").
 * @example formatFrequency({ episodes: 2, perWeek: null }, 1) // '2 episodes in 1 day'
 */
export function formatFrequency(summary: { episodes: number; perWeek: number | null }, days: number): string {
  if (summary.perWeek === null) return `${countOf(summary.episodes, 'episode')} in ${countOf(days, 'day')}`;
  return `${formatNumber(summary.perWeek)} a week`;
}

/**
 * Counts joined in words, leaving out the zero ones: "1 guided session", never "0 episodes and 1 guided session".
 * @example listCounts([[0, 'episode'], [1, 'guided session']]) // '1 guided session'
 */
export function listCounts(counts: readonly (readonly [number, string, string?])[]): string {
  const parts = counts.filter(([count]) => count > 0).map(([count, noun, plural]) => countOf(count, noun, plural));
  if (parts.length <= 1) return parts[0] ?? countOf(0, counts[0]?.[1] ?? 'item', counts[0]?.[2]);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
