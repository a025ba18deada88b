import type { AssignedPlan } from '../../../core/plan/assigned-plan';
import { CARE_TEAM } from '../../lib/namespaces/care-team';
import { usePageLabels } from '../../lib/page-labels';

/** An assigned plan as both sides read it (under a heading naming the region): frequency, ordered steps, note. */
export function PlanSteps({ plan, noteLabel }: { plan: AssignedPlan; noteLabel?: string }) {
  const { translator, labels } = usePageLabels(CARE_TEAM);
  const { t } = translator;
  return (
    <>
      <p>{t('web-care-team.plan.per-week', { count: plan.sessionsPerWeek })}</p>
      <ol className="plan-steps">
        {plan.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a plan may repeat a technique; the order is the identity.
          <li key={index}>
            {t('web-care-team.plan.step', {
              technique: labels.technique[step.technique],
              pressure: labels.pressure[step.pressure].label.toLocaleLowerCase(translator.locale),
              hold: step.holdSeconds ?? 'none',
              repetitions: step.repetitions ?? 0,
            })}
          </li>
        ))}
      </ol>
      {plan.note && (
        <p className="plan-note">
          {t('web-care-team.plan.note', { label: noteLabel ?? t('web-care-team.plan.note-label'), note: plan.note })}
        </p>
      )}
    </>
  );
}
