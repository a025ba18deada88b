import type { InsufficientData } from '../../../core/insights/types';

/** "Not enough data yet", with what is needed and what there is — never a chart of noise. */
export function NotEnoughData({ data }: { data: InsufficientData }) {
  const needs = Object.entries(data.needed).map(
    ([key, value]) => `${value} ${key.replace(/([A-Z])/g, ' $1').toLowerCase()} (have ${data.have[key] ?? 0})`,
  );
  return (
    <span className="not-enough">
      Not enough data yet{needs.length > 0 ? `: needs ${needs.join(', ')}` : ''}.{data.reason ? ` ${data.reason}.` : ''}
    </span>
  );
}
