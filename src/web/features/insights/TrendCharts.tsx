import type { Insights } from '../../../core/insights/types';
import { formatMinutes } from '../../../core/messages/numbers';
import { BarChart } from './BarChart';
import { NotEnoughData } from './NotEnoughData';

const DIRECTION: Record<'rising' | 'falling' | 'stable', string> = {
  rising: 'getting stronger',
  falling: 'getting milder',
  stable: 'about the same',
};

function shortWeek(start: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(new Date(`${start}T12:00:00`));
}

/** Episodes per week, duration and intensity over the last weeks. */
export function TrendCharts({ insights }: { insights: Insights }) {
  const weeks = insights.weekly.slice(-12);
  const every = weeks.length > 6 ? 3 : 1;
  const trend = insights.intensityTrend;
  return (
    <>
      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Episodes per week</h2>
        <BarChart
          title="Episodes per week"
          unit="episodes"
          labelEvery={every}
          bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.episodes }))}
        />
      </section>
      <section aria-labelledby="duration-heading">
        <h2 id="duration-heading">How long they last</h2>
        <p>
          Median {formatMinutes(insights.totals.medianDurationMinutes)}; 9 in 10 episodes shorter than{' '}
          {formatMinutes(insights.totals.p90DurationMinutes)}.
        </p>
        <BarChart
          title="Median duration per week"
          unit="min"
          labelEvery={every}
          bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.medianDurationMinutes ?? 0 }))}
        />
      </section>
      <section aria-labelledby="intensity-heading">
        <h2 id="intensity-heading">How strong they are</h2>
        <p>
          {trend.status === 'ok' ? (
            `Over time, spasms are ${DIRECTION[trend.direction]} (${trend.slopePerMonth >= 0 ? '+' : ''}${trend.slopePerMonth.toFixed(1)} points a month, ${trend.episodes} episodes).`
          ) : (
            <NotEnoughData data={trend} />
          )}
        </p>
        {trend.status === 'ok' && (
          <BarChart
            title="Mean intensity per week"
            unit="out of 10"
            labelEvery={every}
            bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.meanIntensity ?? 0 }))}
          />
        )}
      </section>
    </>
  );
}
