import type { Plan } from '../../../core/assessment';
import { formatHandsOnTime } from '../../../core/plan/plan-step';
import { useT } from '../../lib/i18n';
import { useVerdictWords } from '../../lib/verdict-words';

/** The plan's steps at a glance, before starting the guided session. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const words = useVerdictWords();
  const { careText, labels } = words;
  const { t } = useT();
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('web.plan.heading')}</h2>
      <p>{t('web.plan.summary', { temperature: plan.temperature, time: formatHandsOnTime(plan.steps, words) })}</p>
      <ol className="plan-steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a plan can repeat a technique (stretch again); order is identity.
          <li key={`${step.technique}-${index}`}>
            <strong>{step.title}</strong> — {words.duration(step.durationSeconds)}
            {step.pressure !== 'none' &&
              t('web.plan.pressure', { pressure: labels.pressure[step.pressure].label.toLowerCase() })}
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
