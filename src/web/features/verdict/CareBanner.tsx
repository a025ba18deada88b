import type { Assessment } from '../../../core/assessment';
import { careLevelLabelFor } from '../../../core/messages/care-words';
import { useCarePlace } from '../../lib/settings';

const TONE: Record<Assessment['care'], string> = {
  emergency_ambulance: 'danger',
  emergency: 'danger',
  consultation_24: 'urgent',
  consultation: 'caution',
  self_care: 'ok',
};

/** The care level as the first, unmistakable thing on the page, in the words of the person's country; emergencies carry a call button. */
export function CareBanner({ care }: { care: Assessment['care'] }) {
  const { place, emergencyNumber } = useCarePlace();
  const label = careLevelLabelFor(care, place);
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
          Call emergency services: {emergencyNumber}
        </a>
      )}
    </section>
  );
}
