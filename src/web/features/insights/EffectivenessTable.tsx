import type { Effectiveness } from '../../../core/insights/types';
import type { Action } from '../../../core/journal';
import { INSIGHTS } from '../../lib/namespaces/insights';
import { usePageLabels } from '../../lib/page-labels';
import { NotEnoughData } from './NotEnoughData';

/** Pain before vs after, by what was done: mean and median drop and the share that improved. */
export function EffectivenessTable({ items }: { items: readonly Effectiveness[] }) {
  const { translator, labels } = usePageLabels(INSIGHTS);
  const { t } = translator;
  if (items.length === 0) return <p>{t('web-insights.massage.empty')}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('web-insights.massage.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web-insights.massage.what')}</th>
          <th scope="col">{t('web-insights.massage.ratings')}</th>
          <th scope="col">{t('web-insights.massage.result')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{labels.action[item.key as Action] ?? item.key}</th>
            <td>{translator.number(item.ratings)}</td>
            <td>
              {item.result.status === 'ok' ? (
                t('web-insights.massage.drop', {
                  mean: translator.number(item.result.meanPainDrop, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  }),
                  median: translator.number(item.result.medianPainDrop),
                  better: translator.number(Math.round(item.result.improvedShare * 100) / 100, { style: 'percent' }),
                })
              ) : (
                <NotEnoughData data={item.result} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
