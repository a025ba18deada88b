import { SOURCE_LOCALE } from '../../../core/i18n/locales';
import { rewordEscalationAlert } from '../../../core/insights/alert-words';
import type { EscalationAlert } from '../../../core/insights/types';
import { describeSource } from '../../../core/sources';
import { useLocale, useT } from '../../lib/i18n';
import { INSIGHTS } from '../../lib/namespaces/insights';
import { useCarePlace } from '../../lib/settings';

/** Escalation alerts first and prominent: this is when self-care should hand over to a clinician. */
export function AlertList({ alerts }: { alerts: readonly EscalationAlert[] }) {
  const { careText } = useCarePlace();
  const isSource = useLocale() === SOURCE_LOCALE;
  // Outside en-GB the alerts are worded here from their facts, in the page's language (the API words them in en-GB).
  const translator = useT(INSIGHTS, ...(isSource ? [] : (['insights'] as const)));
  const { t } = translator;
  if (alerts.length === 0) return null;
  const shown = isSource ? alerts : alerts.map((alert) => rewordEscalationAlert(alert, translator));
  return (
    <section className="care-banner care-caution" aria-labelledby="alerts-heading" role="alert">
      <h2 id="alerts-heading">{t('web-insights.alerts.heading')}</h2>
      <ul className="list-plain">
        {shown.map((alert) => (
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
