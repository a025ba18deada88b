import type { Presentation } from '../../../core/vocabulary';
import { PRESENTATIONS } from '../../../core/vocabulary-lists';
import { useCoreWords } from '../../lib/core-words';

/** One tap: a sudden hard cramp, or a tight, sore knot that lingers (the choice moves on at once). */
export function PresentationStep({ onChoose }: { onChoose: (presentation: Presentation) => void }) {
  const { labels } = useCoreWords();
  return (
    <div className="presentation-choices">
      {PRESENTATIONS.map((presentation) => (
        <button
          key={presentation}
          type="button"
          className="button button-secondary presentation-choice"
          onClick={() => onChoose(presentation)}
        >
          <strong>{labels.presentation[presentation].label}</strong>
          <span>{labels.presentation[presentation].hint}</span>
        </button>
      ))}
    </div>
  );
}
