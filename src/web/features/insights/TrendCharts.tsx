import type { Insights } from '../../../core/insights/types';
import { INSIGHTS } from '../../lib/namespaces/insights';
import { usePageLabels } from '../../lib/page-labels';
import { BarChart } from './BarChart';
import { NotEnoughData } from './NotEnoughData';

/** Episodes per week, duration and intensity over the last weeks. */
export function TrendCharts({ insights }: { insights: Insights }) {
  const { translator, minutes, number } = usePageLabels(INSIGHTS);
  const { t } = translator;
  const weeks = insights.weekly.slice(-12);
  const every = weeks.length > 6 ? 3 : 1;
  const trend = insights.intensityTrend;
  const shortWeek = (start: string) =>
    translator.date(new Date(`${start}T12:00:00`), { day: 'numeric', month: 'short' });
  return (
    <>
      <section aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">{t('web-insights.weekly.heading')}</h2>
        <BarChart
          title={t('web-insights.weekly.heading')}
          format={(value) => t('web-insights.weekly.unit', { count: value, value: number(value) })}
          labelEvery={every}
          bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.episodes }))}
        />
      </section>
      <section aria-labelledby="duration-heading">
        <h2 id="duration-heading">{t('web-insights.duration.heading')}</h2>
        <p>
          {t('web-insights.duration.text', {
            median: minutes(insights.totals.medianDurationMinutes),
            p90: minutes(insights.totals.p90DurationMinutes),
          })}
        </p>
        <BarChart
          title={t('web-insights.duration.chart')}
          format={(value) => minutes(value)}
          labelEvery={every}
          bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.medianDurationMinutes ?? 0 }))}
        />
      </section>
      <section aria-labelledby="intensity-heading">
        <h2 id="intensity-heading">{t('web-insights.intensity.heading')}</h2>
        <p>
          {trend.status === 'ok' ? (
            t(`web-insights.intensity.${trend.direction}`, {
              slope: translator.number(trend.slopePerMonth, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
                signDisplay: 'always',
              }),
              episodes: trend.episodes,
            })
          ) : (
            <NotEnoughData data={trend} />
          )}
        </p>
        {trend.status === 'ok' && (
          <BarChart
            title={t('web-insights.intensity.chart')}
            format={(value) => t('web-insights.out-of-ten-words', { value: number(value) })}
            labelEvery={every}
            bars={weeks.map((week) => ({ label: shortWeek(week.start), value: week.meanIntensity ?? 0 }))}
          />
        )}
      </section>
    </>
  );
}
