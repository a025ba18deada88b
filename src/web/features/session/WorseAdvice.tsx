import { CARE_LEVEL_LABELS } from '../../../core/messages/labels';
import type { WorseAdvice as Advice } from '../../../core/plan/session';
import { describeSource } from '../../../core/sources';
import type { CareLevel } from '../../../core/vocabulary';
import { useCarePlace } from '../../lib/settings';

/** After "it's getting worse": one short banner (stop, what to do, the care level, the number), then the details in plain text. */
export function WorseAdvice({ advice, care }: { advice: Advice; care: CareLevel }) {
  const { emergencyNumber, careText } = useCarePlace();
  return (
    <>
      <section className="care-banner care-danger worse-banner" aria-labelledby="worse-heading" role="alert">
        <h1 id="worse-heading">{advice.heading}</h1>
        <p className="worse-instruction">{careText(advice.instruction)}</p>
        <p className="care-label">{CARE_LEVEL_LABELS[care].label}</p>
        <a className="button button-call" href={`tel:${emergencyNumber}`}>
          Call emergency services: {emergencyNumber}
        </a>
      </section>
      <section className="card" aria-labelledby="worse-help-heading">
        <h2 id="worse-help-heading">When to get help</h2>
        <ul>
          {advice.whenToGetHelp.map((item) => (
            <li key={item.text}>
              {careText(item.text)} <span className="hint">({describeSource(item.source)})</span>
            </li>
          ))}
        </ul>
        <p className="hint">
          {careText(advice.text)} Source: {describeSource(advice.source)}
        </p>
      </section>
    </>
  );
}
