import { emergencyNumberOf } from '../../../core/messages/care-words';
import type { WorseAdvice as Advice } from '../../../core/plan/session';
import { describeSource } from '../../../core/sources';
import type { CareLevel } from '../../../core/vocabulary';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';

/** After "it's getting worse": one short banner (stop, what to do, the care level, the number), then the details in plain text. */
export function WorseAdvice({ advice: sourceAdvice, care }: { advice: Advice; care: CareLevel }) {
  const words = useCoreWords();
  const { careText } = words;
  const emergencyNumber = emergencyNumberOf(words.place);
  // The session carries the English advice; outside en-GB the same advice in the page's language.
  const advice = words.translator ? words.worseAdvice : sourceAdvice;
  const { t } = useT(SESSION);
  return (
    <>
      <section className="care-banner care-danger worse-banner" aria-labelledby="worse-heading" role="alert">
        <h1 id="worse-heading">{advice.heading}</h1>
        <p className="worse-instruction">{careText(advice.instruction)}</p>
        <p className="care-label">{words.careLevel(care).label}</p>
        <a className="button button-call" href={`tel:${emergencyNumber}`}>
          {t('web.call-emergency', { number: emergencyNumber })}
        </a>
      </section>
      <section className="card" aria-labelledby="worse-help-heading">
        <h2 id="worse-help-heading">{t('web-session.worse.when')}</h2>
        <ul>
          {advice.whenToGetHelp.map((item) => (
            <li key={item.text}>
              {careText(item.text)} <span className="hint">({describeSource(item.source)})</span>
            </li>
          ))}
        </ul>
        <p className="hint">
          {careText(advice.text)} {t('web.source', { source: describeSource(advice.source) })}
        </p>
      </section>
    </>
  );
}
