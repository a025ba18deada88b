import type { Region } from '../vocabulary';
import { dayFromNumber, dayNumber, isoWeek, localHour, weekdayOf } from './calendar';
import type { InsightsEpisode } from './records';
import { quantileSorted, round, slope } from './statistics';
import { type Insights, MINIMUM_SAMPLE, type PeriodSummary } from './types';

/** An episode with its local day precomputed once (the hot loops run over 20,000 of them). */
export interface DatedEpisode {
  episode: InsightsEpisode;
  day: string;
  dayNumber: number;
}

export interface DayRange {
  from: number;
  to: number;
}

function summarise(period: string, start: string, items: readonly DatedEpisode[], days: number): PeriodSummary {
  let durationCount = 0;
  let intensitySum = 0;
  let intensityCount = 0;
  for (const { episode } of items) {
    if (episode.durationMinutes !== undefined) durationCount += 1;
    if (episode.intensity !== undefined) {
      intensitySum += episode.intensity;
      intensityCount += 1;
    }
  }
  // A typed array sorts numerically without a comparator: fast on a 20,000-episode journal.
  const durations = new Float64Array(durationCount);
  let i = 0;
  for (const { episode } of items) if (episode.durationMinutes !== undefined) durations[i++] = episode.durationMinutes;
  durations.sort();
  const nullableRound = (v: number | null) => (v === null ? null : round(v));
  return {
    period,
    start,
    episodes: items.length,
    perWeek: days >= MINIMUM_SAMPLE.rateDays ? round((items.length / days) * 7) : null,
    medianDurationMinutes: nullableRound(quantileSorted(durations, 0.5)),
    p90DurationMinutes: nullableRound(quantileSorted(durations, 0.9)),
    meanIntensity: intensityCount > 0 ? round(intensitySum / intensityCount) : null,
  };
}

/** Totals over the whole range. */
export function summariseTotals(
  items: readonly DatedEpisode[],
  range: DayRange,
): Omit<PeriodSummary, 'period' | 'start'> {
  const { period: _p, start: _s, ...totals } = summarise('', '', items, range.to - range.from + 1);
  return totals;
}

/** Per ISO week and per calendar month, every period in the range (empty ones too, for charts). */
export function summarisePeriods(
  items: readonly DatedEpisode[],
  range: DayRange,
): { weekly: PeriodSummary[]; monthly: PeriodSummary[] } {
  const weekIndex: number[] = [];
  const monthIndex: number[] = [];
  const weeks: { label: string; start: string; days: number; items: DatedEpisode[] }[] = [];
  const months: { label: string; start: string; days: number; items: DatedEpisode[] }[] = [];
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

/** Least-squares change of intensity per 30 days, once there are enough rated episodes over ≥ 2 weeks. */
export function findIntensityTrend(items: readonly DatedEpisode[]): Insights['intensityTrend'] {
  const xs: number[] = [];
  const ys: number[] = [];
  // A loop, not Math.max(...xs): spreading a journal-sized array overflows the call stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const { episode, dayNumber: n } of items) {
    if (episode.intensity === undefined) continue;
    xs.push(n);
    ys.push(episode.intensity);
    if (n < first) first = n;
    if (n > last) last = n;
  }
  const spread = xs.length > 0 ? last - first : 0;
  const perDay = xs.length >= MINIMUM_SAMPLE.trendEpisodes && spread >= 14 ? slope(xs, ys) : null;
  if (perDay === null) {
    return {
      status: 'insufficient-data',
      needed: { ratedEpisodes: MINIMUM_SAMPLE.trendEpisodes, spanDays: 14 },
      have: { ratedEpisodes: xs.length, spanDays: spread },
    };
  }
  const perMonth = perDay * 30;
  const direction = Math.abs(perMonth) < 0.25 ? 'stable' : perMonth > 0 ? 'rising' : 'falling';
  return { status: 'ok', slopePerMonth: round(perMonth), direction, episodes: xs.length };
}

/** How many episodes per region, most frequent first. */
export function countRegions(items: readonly DatedEpisode[]): Insights['regions'] {
  const counts = new Map<Region, number>();
  for (const { episode } of items) counts.set(episode.region, (counts.get(episode.region) ?? 0) + 1);
  return [...counts]
    .map(([region, count]) => ({ region, count, share: round(count / items.length, 3) }))
    .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region));
}

/** Local time of day: night 22:00–05:59 (night cramps), morning, afternoon, evening. */
export function countTimeOfDay(items: readonly DatedEpisode[]): Insights['timeOfDay'] {
  const out = { night: 0, morning: 0, afternoon: 0, evening: 0 };
  for (const { episode } of items) {
    const hour = localHour(episode.startedAt);
    if (hour >= 22 || hour < 6) out.night += 1;
    else if (hour < 12) out.morning += 1;
    else if (hour < 18) out.afternoon += 1;
    else out.evening += 1;
  }
  return { ...out, nightShare: items.length > 0 ? round(out.night / items.length, 3) : null };
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
