import type { Assessment } from '../../../core/assessment';
import { EPISODE_TYPE_LABELS } from '../../../core/messages/labels';
import { isEmergencyCare } from '../../../core/vocabulary';
import { useCarePlace } from '../../lib/settings';

/** Likely factors, what to avoid, what is normal and when to worry — each with its source. */
export function VerdictDetails({ assessment }: { assessment: Assessment }) {
  const episode = EPISODE_TYPE_LABELS[assessment.episodeType];
  const { careText } = useCarePlace();
  // In an emergency the banner says what to do; "how long a cramp lasts" would only distract.
  const emergency = isEmergencyCare(assessment.care);
  return (
    <>
      {assessment.factors.length > 0 && (
        <section aria-labelledby="factors-heading">
          <h2 id="factors-heading">Possible contributing factors</h2>
          <p className="hint">Not a diagnosis — things that often play a part in situations like yours.</p>
          <ul>
            {assessment.factors.map((factor) => (
              <li key={factor.id}>
                <strong>{factor.label}</strong>: {careText(factor.why)}{' '}
                <span className="source">({factor.source})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {assessment.avoid.length > 0 && (
        <section aria-labelledby="avoid-heading">
          <h2 id="avoid-heading">Avoid for now</h2>
          <ul>
            {assessment.avoid.map((item) => (
              <li key={item.id}>
                {careText(item.text)} <span className="source">({item.source})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!emergency && (
        <section aria-labelledby="duration-heading">
          <h2 id="duration-heading">How long it should last</h2>
          <p>
            <strong>{episode.label}.</strong> {careText(assessment.expectedDuration.text)}{' '}
            <span className="source">({assessment.expectedDuration.source})</span>
          </p>
        </section>
      )}
      {!emergency && (
        <section aria-labelledby="worry-heading" className="card worry">
          <h2 id="worry-heading">Get medical help if</h2>
          <ul>
            {assessment.worryIf.map((item) => (
              <li key={item.text}>
                {careText(item.text)} <span className="source">({item.source})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
