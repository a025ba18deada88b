import { useT } from '../../lib/i18n';
import { INSIGHTS } from '../../lib/namespaces/insights';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  /** The value with its unit, in the page's language ("3 episodes", "4,5 Min."). */
  format: (value: number) => string;
  /** Show every n-th label on the axis (long series). */
  labelEvery?: number;
}

/** A small accessible SVG bar chart: the image has a summary name and the numbers are in a table below. */
export function BarChart({ title, bars, format, labelEvery = 1 }: BarChartProps) {
  const { t } = useT(INSIGHTS);
  const width = 320;
  const height = 140;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = width / Math.max(1, bars.length);
  const summary = t('web-insights.chart.summary', { title, bars: bars.length, highest: format(max) });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-label={summary}>
        <line x1="0" y1={height} x2={width} y2={height} className="axis" />
        <line x1="0" y1="16" x2={width} y2="16" className="gridline" />
        <text x="0" y="12" className="tick">
          {format(max)}
        </text>
        {bars.map((bar, index) => {
          const barHeight = (bar.value / max) * (height - 16);
          return (
            <g key={bar.label}>
              <rect
                x={index * slot + slot * 0.15}
                y={height - barHeight}
                width={slot * 0.7}
                height={barHeight}
                className="bar"
              />
              {index % labelEvery === 0 && (
                <text x={index * slot + slot / 2} y={height + 16} textAnchor="middle" className="tick">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('web-insights.chart.numbers')}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
