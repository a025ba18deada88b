import { PRESSURE_LABELS, TECHNIQUE_LABELS } from '../../../core/messages/labels';
import type { AssignedPlan } from '../../../core/plan/assigned-plan';

/** An assigned plan as both sides read it (under a heading naming the region): frequency, ordered steps, note. */
export function PlanSteps({ plan, noteLabel = 'Note' }: { plan: AssignedPlan; noteLabel?: string }) {
  return (
    <>
      <p>
        {plan.sessionsPerWeek} {plan.sessionsPerWeek === 1 ? 'session' : 'sessions'} a week
      </p>
      <ol className="plan-steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a plan may repeat a technique; the order is the identity.
          <li key={index}>
            {TECHNIQUE_LABELS[step.technique]}, {PRESSURE_LABELS[step.pressure].label.toLowerCase()} pressure
            {step.holdSeconds !== undefined && `, hold ${step.holdSeconds} s`}
            {step.repetitions !== undefined && `, ${step.repetitions} times`}
          </li>
        ))}
      </ol>
      {plan.note && (
        <p className="plan-note">
          {noteLabel}: {plan.note}
        </p>
      )}
    </>
  );
}
