import type { Assessment } from '../../../core/assessment';
import { isEmergencyCare } from '../../../core/vocabulary-lists';
import { useT } from '../../lib/i18n';
import { useVerdictWords } from '../../lib/verdict-words';

/** Likely factors, what to avoid, what is normal and when to worry — each with its source. */
export function VerdictDetails({ assessment }: { assessment: Assessment }) {
  const { careText, labels } = useVerdictWords();
  const episode = labels['episode-type'][assessment.episodeType];
  const { t } = useT();
  // In an emergency the banner says what to do; "how long a cramp lasts" would only distract.
  const emergency = isEmergencyCare(assessment.care);
  return (
    <>
      {assessment.factors.length > 0 && (
        <section aria-labelledby="factors-heading">
          <h2 id="factors-heading">{t('web.details.factors')}</h2>
          <p className="hint">{t('web.details.not-diagnosis')}</p>
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
          <h2 id="avoid-heading">{t('web.details.avoid')}</h2>
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
          <h2 id="duration-heading">{t('web.details.duration')}</h2>
          <p>
            <strong>{episode.label}.</strong> {careText(assessment.expectedDuration.text)}{' '}
            <span className="source">({assessment.expectedDuration.source})</span>
          </p>
        </section>
      )}
      {!emergency && (
        <section aria-labelledby="worry-heading" className="card worry">
          <h2 id="worry-heading">{t('web.details.worry')}</h2>
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
