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
