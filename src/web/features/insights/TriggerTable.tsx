import type { TriggerAssociation } from '../../../core/insights/types';
import { CONTEXT_LABELS, countOf } from '../../../core/messages/labels';
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
  const compared = triggers.filter((trigger) => trigger.result.status === 'ok');
  // Factors seen with episodes but not yet comparable: counts only, no rate (no claims from too little data).
  const counted = triggers.filter((trigger) => trigger.result.status !== 'ok' && trigger.episodesWithFactor > 0);
  const waiting = triggers.filter((trigger) => trigger.result.status !== 'ok' && trigger.episodesWithFactor === 0);
  return (
    <>
      {compared.length === 0 && <p className="not-enough">Not enough data yet to compare any factor.</p>}
      <ul className="list-plain trigger-list">
        {compared.map((trigger) =>
          trigger.result.status === 'ok' ? (
            <li key={`${trigger.kind}-${trigger.factor}`} className="card">
              <h3>{labelFactor(trigger)}</h3>
              <p>
                Spasms on {percent(trigger.result.rateWith)} of days with it ({trigger.result.episodeDaysWith} of{' '}
                {trigger.result.daysWith}) vs {percent(trigger.result.rateWithout)} without (
                {trigger.result.episodeDaysWithout} of {trigger.result.daysWithout}). Relative risk{' '}
                {trigger.result.relativeRisk.toFixed(2)} (95% interval {trigger.result.ci95.lower.toFixed(2)}–
                {trigger.result.ci95.upper.toFixed(2)})
                {trigger.result.ci95.lower <= 1 && trigger.result.ci95.upper >= 1 ? ' — could be chance.' : '.'}
              </p>
            </li>
          ) : null,
        )}
      </ul>
      {counted.length > 0 && (
        <details className="card">
          <summary>Recorded with your episodes ({counted.length})</summary>
          <ul>
            {counted.map((trigger) => (
              <li key={`${trigger.kind}-${trigger.factor}`}>
                {labelFactor(trigger)}: {countOf(trigger.episodesWithFactor, 'episode')}.{' '}
                {trigger.result.status !== 'ok' && <NotEnoughData data={trigger.result} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {waiting.length > 0 && (
        // One short line, not a list of every factor still waiting (there can be 26 of them).
        <p className="hint">
          Log a few more episodes with their context, and daily check-ins, to see possible triggers.
        </p>
      )}
    </>
  );
}
