import type { Effectiveness } from '../../../core/insights/types';
import type { Action } from '../../../core/journal';
import { ACTION_LABELS } from '../../../core/messages/labels';
import { NotEnoughData } from './NotEnoughData';

/** Pain before vs after, by what was done: mean and median drop and the share that improved. */
export function EffectivenessTable({ items }: { items: readonly Effectiveness[] }) {
  if (items.length === 0) return <p>Rate your pain before and after a massage to see what works for you.</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">Massage effectiveness by technique</caption>
      <thead>
        <tr>
          <th scope="col">What you did</th>
          <th scope="col">Ratings</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row">{ACTION_LABELS[item.key as Action] ?? item.key}</th>
            <td>{item.ratings}</td>
            <td>
              {item.result.status === 'ok' ? (
                `Pain down ${item.result.meanPainDrop.toFixed(1)} on average (median ${item.result.medianPainDrop}); better ${Math.round(item.result.improvedShare * 100)}% of the time`
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
