import type { TriggerAssociation } from '../../../core/insights/types';
import type { Context } from '../../../core/vocabulary';
import { INSIGHTS } from '../../lib/namespaces/insights';
import { type PageLabels, usePageLabels } from '../../lib/page-labels';
import { NotEnoughData } from './NotEnoughData';

/** The check-in factors the trigger analysis compares (core/insights/triggers.ts), by their key in `web-insights`. */
const CHECKIN_FACTORS = new Set([
  'low-fluids',
  'exercise',
  'hard-exercise',
  'short-sleep',
  'high-stress',
  'heat-exposure',
  'cold-exposure',
  'alcohol',
]);

function labelFactor(trigger: TriggerAssociation, { translator, labels }: PageLabels): string {
  if (trigger.kind === 'context') return labels.context[trigger.factor as Context] ?? trigger.factor;
  return CHECKIN_FACTORS.has(trigger.factor) ? translator.t(`web-insights.factor.${trigger.factor}`) : trigger.factor;
}

/** Trigger associations: spasm-day rates with vs without each factor, counts and 95% intervals shown. */
export function TriggerTable({ triggers }: { triggers: readonly TriggerAssociation[] }) {
  const words = usePageLabels(INSIGHTS);
  const { translator } = words;
  const { t } = translator;
  const percent = (value: number) => translator.number(Math.round(value * 100) / 100, { style: 'percent' });
  const ratio = (value: number) => translator.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const compared = triggers.filter((trigger) => trigger.result.status === 'ok');
  // Factors seen with episodes but not yet comparable: counts only, no rate (no claims from too little data).
  const counted = triggers.filter((trigger) => trigger.result.status !== 'ok' && trigger.episodesWithFactor > 0);
  const waiting = triggers.filter((trigger) => trigger.result.status !== 'ok' && trigger.episodesWithFactor === 0);
  return (
    <>
      {compared.length === 0 && <p className="not-enough">{t('web-insights.triggers.none')}</p>}
      <ul className="list-plain trigger-list">
        {compared.map((trigger) =>
          trigger.result.status === 'ok' ? (
            <li key={`${trigger.kind}-${trigger.factor}`} className="card">
              <h3>{labelFactor(trigger, words)}</h3>
              <p>
                {t('web-insights.triggers.compared', {
                  rateWith: percent(trigger.result.rateWith),
                  episodeDaysWith: trigger.result.episodeDaysWith,
                  daysWith: trigger.result.daysWith,
                  rateWithout: percent(trigger.result.rateWithout),
                  episodeDaysWithout: trigger.result.episodeDaysWithout,
                  daysWithout: trigger.result.daysWithout,
                  risk: ratio(trigger.result.relativeRisk),
                  lower: ratio(trigger.result.ci95.lower),
                  upper: ratio(trigger.result.ci95.upper),
                  chance: trigger.result.ci95.lower <= 1 && trigger.result.ci95.upper >= 1 ? 'yes' : 'no',
                })}
              </p>
            </li>
          ) : null,
        )}
      </ul>
      {counted.length > 0 && (
        <details className="card">
          <summary>{t('web-insights.triggers.recorded', { count: counted.length })}</summary>
          <ul>
            {counted.map((trigger) => (
              <li key={`${trigger.kind}-${trigger.factor}`}>
                {t('web-insights.triggers.recorded-count', {
                  factor: labelFactor(trigger, words),
                  count: trigger.episodesWithFactor,
                })}{' '}
                {trigger.result.status !== 'ok' && <NotEnoughData data={trigger.result} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {waiting.length > 0 && (
        // One short line, not a list of every factor still waiting (there can be 26 of them).
        <p className="hint">{t('web-insights.triggers.waiting')}</p>
      )}
    </>
  );
}
