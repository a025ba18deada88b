import type { Assessment } from '../../../core/assessment';
import { useVerdictWords } from '../../lib/verdict-words';

const ICON: Record<Assessment['massage'], string> = { avoid: '✕', gentle: '～', full: '✓' };

/** The second axis: may I massage it? */
export function MassagePermission({ massage }: { massage: Assessment['massage'] }) {
  const label = useVerdictWords().labels['massage-level'][massage];
  return (
    <section className={`massage-card massage-${massage}`} aria-labelledby="massage-heading">
      <span className="massage-icon" aria-hidden="true">
        {ICON[massage]}
      </span>
      <div>
        <h2 id="massage-heading">{label.label}</h2>
        <p>{label.description}</p>
      </div>
    </section>
  );
}
