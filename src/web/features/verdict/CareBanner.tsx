import type { Assessment } from '../../../core/assessment';
import { useT } from '../../lib/i18n';
import { useCarePlace } from '../../lib/settings';
import { useVerdictWords } from '../../lib/verdict-words';

const TONE: Record<Assessment['care'], string> = {
  emergency_ambulance: 'danger',
  emergency: 'danger',
  consultation_24: 'urgent',
  consultation: 'caution',
  self_care: 'ok',
};

/** The care level as the first, unmistakable thing on the page, in the words of the person's country; emergencies carry a call button. */
export function CareBanner({ care }: { care: Assessment['care'] }) {
  const { emergencyNumber } = useCarePlace();
  const { t } = useT();
  const words = useVerdictWords();
  const label = words.careLevel(care);
  const isEmergency = care === 'emergency_ambulance' || care === 'emergency';
  return (
    <section
      className={`care-banner care-${TONE[care]}`}
      aria-labelledby="care-heading"
      role={isEmergency ? 'alert' : undefined}
    >
      <p className="care-label">{label.label}</p>
      <h1 id="care-heading">{label.headline}</h1>
      <p>{label.action}</p>
      {isEmergency && (
        <a className="button button-call" href={`tel:${emergencyNumber}`}>
          {t('web.call-emergency', { number: emergencyNumber })}
        </a>
      )}
    </section>
  );
}
