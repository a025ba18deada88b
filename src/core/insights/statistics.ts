/**
 * Linear-interpolated quantile (type 7, as R and numpy default) of an ascending-sorted array; null when empty.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (position - low);
}

/** Mean of the values; null when empty. @example mean([2, 4]) // 3 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Rounds for display, keeping the figures stable in JSON. @example round(1.23456, 2) // 1.23 */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface RelativeRisk {
  relativeRisk: number;
  ci95: { lower: number; upper: number };
}

/**
 * Relative risk of a with-group vs a without-group with a 95 % CI by the log method (Katz). A zero cell gets
 * the Haldane–Anscombe correction (+0.5 to every cell) so the interval stays finite.
 * @example relativeRisk(10, 20, 5, 40).relativeRisk // 4
 */
export function relativeRisk(eventsWith: number, nWith: number, eventsWithout: number, nWithout: number): RelativeRisk {
  const zeroCell = eventsWith === 0 || eventsWithout === 0 || eventsWith === nWith || eventsWithout === nWithout;
  const k = zeroCell ? 0.5 : 0;
  const a = eventsWith + k;
  const n1 = nWith + 2 * k;
  const c = eventsWithout + k;
  const n2 = nWithout + 2 * k;
  const rr = a / n1 / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  return {
    relativeRisk: rr,
    ci95: { lower: Math.exp(Math.log(rr) - 1.959964 * se), upper: Math.exp(Math.log(rr) + 1.959964 * se) },
  };
}

/**
 * Least-squares slope of y on x; null with fewer than two distinct x values.
 * @example slope([0, 1, 2], [1, 3, 5]) // 2
 */
export function slope(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = mean(xs) as number;
  const my = mean(ys) as number;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  return sxx === 0 ? null : sxy / sxx;
}
