import type { Plan } from '../../../core/assessment';
import { PRESSURE_LABELS } from '../../../core/messages/labels';
import { formatDuration } from '../../../core/messages/numbers';
import { formatHandsOnTime } from '../../../core/plan/plan-step';
import { useCarePlace } from '../../lib/settings';

/** The plan's steps at a glance, before starting the guided session. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { careText } = useCarePlace();
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">Your massage plan</h2>
      <p>
        {plan.temperature === 'cold' ? 'Cold' : 'Heat'} at the end · {formatHandsOnTime(plan.steps)} hands-on.
      </p>
      <ol className="plan-steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a plan can repeat a technique (stretch again); order is identity.
          <li key={`${step.technique}-${index}`}>
            <strong>{step.title}</strong> — {formatDuration(step.durationSeconds)}
            {step.pressure !== 'none' && `, ${PRESSURE_LABELS[step.pressure].label.toLowerCase()} pressure`}
            {step.hold && `, hold ${step.hold.minSeconds}–${step.hold.maxSeconds} s`}
            {step.repetitions && step.repetitions > 1 && ` × ${step.repetitions}`}
          </li>
        ))}
      </ol>
      <p className="card">
        <strong>Stop rule:</strong> {careText(plan.stopRule.text)}{' '}
        <span className="source">({plan.stopRule.source})</span>
      </p>
    </section>
  );
}
