import type { EscalationAlert } from '../../../core/insights/types';
import { describeSource } from '../../../core/sources';
import { useT } from '../../lib/i18n';
import { INSIGHTS } from '../../lib/namespaces/insights';
import { useCarePlace } from '../../lib/settings';

/** Escalation alerts first and prominent: this is when self-care should hand over to a clinician. */
export function AlertList({ alerts }: { alerts: readonly EscalationAlert[] }) {
  const { careText } = useCarePlace();
  const { t } = useT(INSIGHTS);
  if (alerts.length === 0) return null;
  return (
    <section className="care-banner care-caution" aria-labelledby="alerts-heading" role="alert">
      <h2 id="alerts-heading">{t('web-insights.alerts.heading')}</h2>
      <ul className="list-plain">
        {alerts.map((alert) => (
          <li key={alert.id} className="alert-item">
            <p>
              <strong>{careText(alert.text)}</strong> {careText(alert.recommendation)}
            </p>
            <p className="source">
              {t('web-insights.alerts.evidence', { evidence: alert.evidence, source: describeSource(alert.source) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
