/** Small descriptive statistics for the clinician report: medians, intervals, weekly buckets, local times. */

/** Median of the numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The largest value, at least `floor`; a loop because spreading a long series into Math.max overflows the stack. */
export function largestOf(values: Iterable<number>, floor: number): number {
  let largest = floor;
  for (const value of values) if (value > largest) largest = value;
  return largest;
}

/** Arithmetic mean, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Wilson 95 % score interval for a proportion k/n (honest for small n, never outside 0–1). */
export function wilsonInterval(successes: number, total: number): [number, number] | null {
  if (total === 0) return null;
  const z = 1.96;
  const p = successes / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The calendar day (YYYY-MM-DD) of an ISO instant as the person recorded it (its own offset). */
export function localDay(instant: string): string {
  return instant.slice(0, 10);
}

/** The local hour (0–23) of an ISO instant as recorded, read from the text so the writer's offset is kept. */
export function localHour(instant: string): number {
  return Number(instant.slice(11, 13));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** YYYY-MM-DD for a day number. */
export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week containing `day`. */
export function weekStart(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: shift so Monday is 0.
  const weekday = (n + 3) % 7;
  return dayFromNumber(n - weekday);
}

export type TimeOfDay = 'night' | 'morning' | 'afternoon' | 'evening';
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['night', 'morning', 'afternoon', 'evening'];
export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  night: 'Night (00-06)',
  morning: 'Morning (06-12)',
  afternoon: 'Afternoon (12-18)',
  evening: 'Evening (18-24)',
};

/** The quarter of the day an hour falls in. */
export function timeOfDay(hour: number): TimeOfDay {
  return TIMES_OF_DAY[Math.min(3, Math.floor(hour / 6))] ?? 'night';
}

/** Rounds for display (shared with the web app and the CLI). */
export { formatNumber } from '../../core/messages/numbers';

export interface MedianInterval {
  median: number;
  lower: number;
  upper: number;
  /** The interval's actual coverage: at least 0.95 once n ≥ 6, the widest possible (min to max) below that. */
  coverage: number;
}

/**
 * A distribution-free interval for the median from order statistics: [x(k), x(n−k+1)] with the largest k whose
 * binomial(n, ½) coverage is still ≥ 95 %. Null below 3 values ("too few"). No assumption about the shape.
 * @example medianInterval([1, 2, 3, 4, 5, 6]) // { median: 3.5, lower: 1, upper: 6, coverage: 0.96875 }
 */
export function medianInterval(values: readonly number[], level = 0.95): MedianInterval | null {
  if (values.length < 3) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  // [x(k), x(n−k+1)] covers the median with probability 1 − 2·P(B ≤ k−1), B ~ Binomial(n, ½). The cumulative sum
  // grows one term at a time in log space: linear in n, and C(n, i)/2^n never overflows for a long journal.
  let logTerm = -n * Math.LN2;
  let below = Math.exp(logTerm); // P(B ≤ k−1) for k = 1
  let k = 1;
  while (k + 1 <= n / 2) {
    logTerm += Math.log((n - k + 1) / k);
    const next = below + Math.exp(logTerm);
    if (1 - 2 * next < level) break;
    below = next;
    k += 1;
  }
  return {
    median: median(sorted) as number,
    lower: sorted[k - 1] as number,
    upper: sorted[n - k] as number,
    coverage: 1 - 2 * below,
  };
}
