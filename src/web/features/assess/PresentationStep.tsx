import { PRESENTATION_LABELS } from '../../../core/messages/questionnaire-labels';
import { PRESENTATIONS, type Presentation } from '../../../core/vocabulary';

/** One tap: a sudden hard cramp, or a tight, sore knot that lingers (the choice moves on at once). */
export function PresentationStep({ onChoose }: { onChoose: (presentation: Presentation) => void }) {
  return (
    <div className="presentation-choices">
      {PRESENTATIONS.map((presentation) => (
        <button
          key={presentation}
          type="button"
          className="button button-secondary presentation-choice"
          onClick={() => onChoose(presentation)}
        >
          <strong>{PRESENTATION_LABELS[presentation].label}</strong>
          <span>{PRESENTATION_LABELS[presentation].hint}</span>
        </button>
      ))}
    </div>
  );
}
