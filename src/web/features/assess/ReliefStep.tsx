import type { ReliefStep as Relief } from '../../../core/questionnaire/relief-gate';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';

/** The relief step, shown once the red flags are clear for a cramp happening now: the stretch, then the questions. */
export function ReliefStep({ relief }: { relief: Relief }) {
  const { step, regionSource, skipIf } = relief;
  const { t } = useT(ASSESS);
  return (
    <>
      <p className="relief-instructions">{step.instructions}</p>
      <p className="source">{t('web.source', { source: `${step.source}; ${regionSource}` })}</p>
      <ul className="relief-cautions">
        {step.cautions.map((caution) => (
          <li key={caution}>{caution}</li>
        ))}
      </ul>
      {skipIf.length > 0 && (
        <section className="card" aria-labelledby="relief-skip-if">
          <h2 id="relief-skip-if">{t('web-assess.relief.skip-if')}</h2>
          <p>{t('web-assess.relief.answer-instead')}</p>
          <ul>
            {skipIf.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      )}
      <p>{t('web-assess.relief.then')}</p>
    </>
  );
}
