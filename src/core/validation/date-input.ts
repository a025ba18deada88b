import { z } from 'zod';

const DaySchema = z.iso.date();
const InstantSchema = z.iso.datetime({ offset: true });

/** What a person may type for a date: a day alone, or a date-time with its offset. */
export type DateInput = { kind: 'day'; day: string } | { kind: 'instant'; instant: string };

/** Said wherever a date is typed (`--at`, `--start`, `?start=`). */
export const DATE_INPUT_HINT =
  'expected a day, YYYY-MM-DD (e.g. 2026-11-30), or an ISO 8601 date-time with offset (e.g. 2026-11-30T02:15:00+01:00)';

/**
 * The one reader of typed dates (CLI flags and API queries). Impossible dates are refused, never rolled over the way
 * `new Date('2026-02-30')` rolls to 2 March.
 * @example parseDateInput('2026-11-30') // { kind: 'day', day: '2026-11-30' }; parseDateInput('2026-02-30') // null
 */
export function parseDateInput(text: string): DateInput | null {
  const trimmed = text.trim();
  if (DaySchema.safeParse(trimmed).success) return { kind: 'day', day: trimmed };
  if (InstantSchema.safeParse(trimmed).success) return { kind: 'instant', instant: trimmed };
  return null;
}

/** An offset in minutes east of UTC as ISO 8601 writes it. @example formatOffset(-330) // '-05:30' */
export function formatOffset(minutes: number): string {
  const sign = minutes >= 0 ? '+' : '-';
  const pad = (n: number) => String(n).padStart(2, '0');
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A day given without a time, as noon on that day where the person is (`offsetAt` gives the UTC offset in minutes at
 * an instant): noon keeps such an entry on its own day in every zone, and out of "at night" in the insights.
 * @example dayAtNoon('2026-11-30', () => 60) // '2026-11-30T12:00:00+01:00'
 */
export function dayAtNoon(day: string, offsetAt: (instant: Date) => number): string {
  const utcNoon = Date.parse(`${day}T12:00:00Z`);
  const offset = offsetAt(new Date(utcNoon - offsetAt(new Date(utcNoon)) * 60_000));
  return `${day}T12:00:00${formatOffset(offset)}`;
}
