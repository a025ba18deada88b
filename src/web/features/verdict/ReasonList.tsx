import type { Reason } from '../../../core/assessment';
import { useT } from '../../lib/i18n';
import { useVerdictWords } from '../../lib/verdict-words';

/** Every rule that fired, each with a "Why?" disclosure naming its source. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { careText } = useVerdictWords();
  const { t } = useT();
  return (
    <ul className="reason-list list-plain">
      {reasons.map((reason) => (
        <li key={reason.id} className="card">
          <p>{careText(reason.text)}</p>
          <details className="why">
            <summary>{t('web.reason.why')}</summary>
            <p>{t(`web.reason.axis.${reason.axis}`)}</p>
            <p className="source">{t('web.source', { source: reason.source })}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
