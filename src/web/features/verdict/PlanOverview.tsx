import type { Plan } from '../../../core/assessment';
import { PRESSURE_LABELS } from '../../../core/messages/labels';
import { formatDuration } from '../../../core/messages/numbers';
import { formatHandsOnTime } from '../../../core/plan/plan-step';
import { useT } from '../../lib/i18n';
import { useCarePlace } from '../../lib/settings';

/** The plan's steps at a glance, before starting the guided session. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { careText } = useCarePlace();
  const { t } = useT();
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('web.plan.heading')}</h2>
      <p>{t('web.plan.summary', { temperature: plan.temperature, time: formatHandsOnTime(plan.steps) })}</p>
      <ol className="plan-steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a plan can repeat a technique (stretch again); order is identity.
          <li key={`${step.technique}-${index}`}>
            <strong>{step.title}</strong> — {formatDuration(step.durationSeconds)}
            {step.pressure !== 'none' &&
              t('web.plan.pressure', { pressure: PRESSURE_LABELS[step.pressure].label.toLowerCase() })}
            {step.hold && t('web.plan.hold', { min: step.hold.minSeconds, max: step.hold.maxSeconds })}
            {step.repetitions && step.repetitions > 1 && ` × ${step.repetitions}`}
          </li>
        ))}
      </ol>
      <p className="card">
        <strong>{t('web.plan.stop-rule')}</strong> {careText(plan.stopRule.text)}{' '}
        <span className="source">({plan.stopRule.source})</span>
      </p>
    </section>
  );
}
