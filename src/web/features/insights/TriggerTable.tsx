import type { TriggerAssociation } from '../../../core/insights/types';
import { CONTEXT_LABELS } from '../../../core/messages/labels';
import type { Context } from '../../../core/vocabulary';
import { NotEnoughData } from './NotEnoughData';

const CHECKIN_LABELS: Record<string, string> = {
  'low-fluids': 'Drank under 1.5 L',
  exercise: 'Exercised',
  'hard-exercise': 'Hard exercise',
  'short-sleep': 'Slept under 6 h',
  'high-stress': 'High stress (7+)',
  'heat-exposure': 'Time in strong heat',
  'cold-exposure': 'Time in the cold',
  alcohol: 'Drank alcohol',
};

function labelFactor(trigger: TriggerAssociation): string {
  return trigger.kind === 'context'
    ? (CONTEXT_LABELS[trigger.factor as Context] ?? trigger.factor)
    : (CHECKIN_LABELS[trigger.factor] ?? trigger.factor);
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Trigger associations: spasm-day rates with vs without each factor, counts and 95% intervals shown. */
export function TriggerTable({ triggers }: { triggers: readonly TriggerAssociation[] }) {
  if (triggers.length === 0) return <p>No possible triggers recorded yet. Daily check-ins help here.</p>;
  return (
    <ul className="list-plain trigger-list">
      {triggers.map((trigger) => (
        <li key={`${trigger.kind}-${trigger.factor}`} className="card">
          <h3>{labelFactor(trigger)}</h3>
          {trigger.kind === 'context' && <p className="hint">Listed with {trigger.episodesWithFactor} episode(s).</p>}
          {trigger.result.status === 'ok' ? (
            <p>
              Spasms on {percent(trigger.result.rateWith)} of days with it ({trigger.result.episodeDaysWith} of{' '}
              {trigger.result.daysWith}) vs {percent(trigger.result.rateWithout)} without (
              {trigger.result.episodeDaysWithout} of {trigger.result.daysWithout}). Relative risk{' '}
              {trigger.result.relativeRisk.toFixed(2)} (95% interval {trigger.result.ci95.lower.toFixed(2)}–
              {trigger.result.ci95.upper.toFixed(2)})
              {trigger.result.ci95.lower <= 1 && trigger.result.ci95.upper >= 1 ? ' — could be chance.' : '.'}
            </p>
          ) : (
            <p>
              <NotEnoughData data={trigger.result} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
