import type { Translator } from '../i18n/translator';

/**
 * Numbers as people read them: `digits` decimals without trailing zeros, but a small non-zero value keeps one
 * significant digit (a rate of 0.02 a week reads "0.02", never "0", which would say "none"). Missing → "-".
 */
export function formatNumber(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '-';
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) return String(Number(value.toPrecision(1)));
  return String(Number(value.toFixed(digits)));
}

/**
 * "1 day", "3 days": a count with its noun in the right number (`plural` defaults to noun + "s").
 * @deprecated English only, hand-made plural: use an ICU plural message (`{count, plural, one {# day} other {# days}}`)
 * through a Translator. Still called by: src/web (DataControls, CsvImport, BackupRestore, TriggerTable — E),
 * src/app/report (render-html, report-text, render-pdf — D2), src/cli/commands/insights.ts and
 * src/core/insights/alerts.ts (D2); remove once they have moved.
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * A duration in whole seconds, exactly, so the parts of a plan add up to its total wherever it is shown:
 * under a minute in seconds, whole and half minutes as minutes, anything else as minutes and seconds.
 * @example formatDuration(630) // '10.5 min'
 */
export function formatDuration(seconds: number): string {
  // Kept in step with EN_GB_PLAN_WORDING.duration and durationIn(t, seconds) (plan/plan-wording.ts), the Intl form.
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
 * @deprecated English only (countOf): word counts with ICU plural messages and `t.list`. Still called by D2's insights.
 * @example listCounts([[0, 'episode'], [1, 'guided session']]) // '1 guided session'
 */
export function listCounts(counts: readonly (readonly [number, string, string?])[]): string {
  const parts = counts.filter(([count]) => count > 0).map(([count, noun, plural]) => countOf(count, noun, plural));
  if (parts.length <= 1) return parts[0] ?? countOf(0, counts[0]?.[1] ?? 'item', counts[0]?.[2]);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The value formatNumber keeps: `digits` decimals, or one significant digit for a small non-zero value. */
function roundForReading(value: number, digits: number): number {
  if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -digits) return Number(value.toPrecision(1));
  return Number(value.toFixed(digits)) || 0; // -0 reads "0"
}

/**
 * formatNumber in the translator's digits and decimal sign (Intl.NumberFormat, no grouping, so en-GB reads exactly
 * as formatNumber does): "4.5" in en-GB, "4,5" in es and de.
 */
export function formatNumberIn(t: Translator, value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '-';
  return t.number(roundForReading(value, digits), { useGrouping: false, maximumFractionDigits: 20 });
}

/** formatMinutes in the translator's language (`labels` namespace): "4.3 min", "4,3 Min.". */
export function formatMinutesIn(t: Translator, minutes: number | null): string {
  return minutes === null ? '-' : t.t('labels.number.minutes', { value: formatNumberIn(t, minutes) });
}

/**
 * formatFrequency in the translator's language, with ICU plurals (`labels` namespace):
 * "2 episodes in 1 day", "2 episodios en 1 día", "1.5 a week", "1,5 pro Woche".
 */
export function formatFrequencyIn(
  t: Translator,
  summary: { episodes: number; perWeek: number | null },
  days: number,
): string {
  if (summary.perWeek === null) {
    return t.t('labels.number.episodes-in-days', {
      episodes: summary.episodes,
      episodesText: formatNumberIn(t, summary.episodes, 0),
      days,
      daysText: formatNumberIn(t, days, 0),
    });
  }
  return t.t('labels.number.per-week', { value: formatNumberIn(t, summary.perWeek) });
}
