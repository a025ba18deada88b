import type { Region } from '../vocabulary';
import { dayFromNumber, dayNumber, isoWeek, weekdayOf } from './calendar';
import { type InsightsDay, mergeCounts, type NumberedDay, quantileOfCounts } from './days';
import type { InsightsEpisode } from './records';
import { round } from './statistics';
import { type Insights, MINIMUM_SAMPLE, type PeriodSummary } from './types';

/** An episode with its local day precomputed once (the dashboard's window). */
export interface DatedEpisode {
  episode: InsightsEpisode;
  day: string;
  dayNumber: number;
}

export interface DayRange {
  from: number;
  to: number;
}

function summarise(period: string, start: string, items: readonly InsightsDay[], days: number): PeriodSummary {
  let episodes = 0;
  let intensitySum = 0;
  let intensityCount = 0;
  for (const d of items) {
    episodes += d.episodes;
    for (const [value, n] of d.intensities) {
      intensitySum += value * n;
      intensityCount += n;
    }
  }
  const durations = mergeCounts(items.map((d) => d.durations));
  const nullableRound = (v: number | null) => (v === null ? null : round(v));
  return {
    period,
    start,
    episodes,
    perWeek: days >= MINIMUM_SAMPLE.rateDays ? round((episodes / days) * 7) : null,
    medianDurationMinutes: nullableRound(quantileOfCounts(durations, 0.5)),
    p90DurationMinutes: nullableRound(quantileOfCounts(durations, 0.9)),
    meanIntensity: intensityCount > 0 ? round(intensitySum / intensityCount) : null,
  };
}

/** Totals over the whole range. */
export function summariseTotals(
  items: readonly InsightsDay[],
  range: DayRange,
): Omit<PeriodSummary, 'period' | 'start'> {
  const { period: _p, start: _s, ...totals } = summarise('', '', items, range.to - range.from + 1);
  return totals;
}

/** Per ISO week and per calendar month, every period in the range (empty ones too, for charts). */
export function summarisePeriods(
  items: readonly NumberedDay[],
  range: DayRange,
): { weekly: PeriodSummary[]; monthly: PeriodSummary[] } {
  const weekIndex: number[] = [];
  const monthIndex: number[] = [];
  const weeks: { label: string; start: string; days: number; items: InsightsDay[] }[] = [];
  const months: { label: string; start: string; days: number; items: InsightsDay[] }[] = [];
  for (let n = range.from; n <= range.to; n++) {
    const day = dayFromNumber(n);
    if (n === range.from || weekdayOf(n) === 0) weeks.push({ ...isoWeek(day), days: 0, items: [] });
    if (n === range.from || day.endsWith('-01')) {
      months.push({ label: day.slice(0, 7), start: `${day.slice(0, 7)}-01`, days: 0, items: [] });
    }
    (weeks.at(-1) as { days: number }).days += 1;
    (months.at(-1) as { days: number }).days += 1;
    weekIndex.push(weeks.length - 1);
    monthIndex.push(months.length - 1);
  }
  for (const item of items) {
    const offset = item.dayNumber - range.from;
    weeks[weekIndex[offset] ?? -1]?.items.push(item);
    months[monthIndex[offset] ?? -1]?.items.push(item);
  }
  return {
    weekly: weeks.map((w) => summarise(w.label, w.start, w.items, w.days)),
    monthly: months.map((m) => summarise(m.label, m.start, m.items, m.days)),
  };
}

/**
 * Least-squares slope of intensity on day, from each day's count and sum of intensities: the sums are integers
 * (intensities are 0–10, days are centred on the first), so they are exact whatever the order of the days, and
 * the slope is one division of the exact numerator by the exact denominator (BigInt: n·Σxy can pass 2^53).
 */
function daySlope(items: readonly NumberedDay[], first: number): number | null {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const d of items) {
    let c = 0;
    let s = 0;
    for (const [value, k] of d.intensities) {
      c += k;
      s += value * k;
    }
    if (c === 0) continue;
    const x = d.dayNumber - first;
    n += c;
    sx += c * x;
    sy += s;
    sxx += c * x * x;
    sxy += x * s;
  }
  const num = BigInt(n) * BigInt(sxy) - BigInt(sx) * BigInt(sy);
  const den = BigInt(n) * BigInt(sxx) - BigInt(sx) * BigInt(sx);
  return den === BigInt(0) ? null : Number(num) / Number(den);
}

/** Least-squares change of intensity per 30 days, once there are enough rated episodes over ≥ 2 weeks. */
export function findIntensityTrend(items: readonly NumberedDay[]): Insights['intensityTrend'] {
  let rated = 0;
  // A loop, not Math.max(...days): spreading a journal-sized array overflows the call stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of items) {
    let c = 0;
    for (const [, k] of d.intensities) c += k;
    if (c === 0) continue;
    rated += c;
    if (d.dayNumber < first) first = d.dayNumber;
    if (d.dayNumber > last) last = d.dayNumber;
  }
  const spread = rated > 0 ? last - first : 0;
  const perDay = rated >= MINIMUM_SAMPLE.trendEpisodes && spread >= 14 ? daySlope(items, first) : null;
  if (perDay === null) {
    return {
      status: 'insufficient-data',
      needed: { ratedEpisodes: MINIMUM_SAMPLE.trendEpisodes, spanDays: 14 },
      have: { ratedEpisodes: rated, spanDays: spread },
    };
  }
  const perMonth = perDay * 30;
  const direction = Math.abs(perMonth) < 0.25 ? 'stable' : perMonth > 0 ? 'rising' : 'falling';
  return { status: 'ok', slopePerMonth: round(perMonth), direction, episodes: rated };
}

/** How many episodes per region, most frequent first. */
export function countRegions(items: readonly InsightsDay[]): Insights['regions'] {
  const counts = new Map<Region, number>();
  let total = 0;
  for (const d of items) {
    total += d.episodes;
    for (const [region, n] of d.regions) counts.set(region, (counts.get(region) ?? 0) + n);
  }
  return [...counts]
    .map(([region, count]) => ({ region, count, share: round(count / total, 3) }))
    .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region));
}

/** Local time of day: night 22:00–05:59 (night cramps), morning, afternoon, evening. */
export function countTimeOfDay(items: readonly InsightsDay[]): Insights['timeOfDay'] {
  const out = { night: 0, morning: 0, afternoon: 0, evening: 0 };
  let total = 0;
  for (const d of items) {
    total += d.episodes;
    out.night += d.timeOfDay[0];
    out.morning += d.timeOfDay[1];
    out.afternoon += d.timeOfDay[2];
    out.evening += d.timeOfDay[3];
  }
  return { ...out, nightShare: total > 0 ? round(out.night / total, 3) : null };
}

/** Precomputes each episode's local day. */
export function dateEpisodes(episodes: readonly InsightsEpisode[]): DatedEpisode[] {
  const cache = new Map<string, number>();
  return episodes.map((episode) => {
    const day = episode.startedAt.slice(0, 10);
    let n = cache.get(day);
    if (n === undefined) {
      n = dayNumber(day);
      cache.set(day, n);
    }
    return { episode, day, dayNumber: n };
  });
}
