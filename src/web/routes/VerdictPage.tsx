import { useMemo } from 'react';
import { CareBanner } from '../features/verdict/CareBanner';
import { MassagePermission } from '../features/verdict/MassagePermission';
import { PlanOverview } from '../features/verdict/PlanOverview';
import { ReasonList } from '../features/verdict/ReasonList';
import { useReadSituation } from '../features/verdict/read-situation';
import { VerdictActions } from '../features/verdict/VerdictActions';
import { VerdictDetails } from '../features/verdict/VerdictDetails';
import { useT } from '../lib/i18n';
import { Link, useLocation } from '../lib/router';
import { useVerdictWords } from '../lib/verdict-words';

/** The verdict: care banner first, then massage permission, reasons, details, disclaimer and actions. */
export default function VerdictPage() {
  const { query } = useLocation();
  const words = useVerdictWords();
  const { careText } = words;
  const { t } = useT();
  const raw = query.get('s');
  const parsed = useReadSituation(raw);
  const assessment = useMemo(() => (parsed.ok ? words.assess(parsed.situation) : null), [parsed, words]);

  if (!parsed.ok || !assessment) {
    return (
      <>
        <h1>{t('web.verdict.unreadable')}</h1>
        <p className="error-text">{parsed.ok ? '' : (parsed.error ?? '')}</p>
        <Link to="/assess?fresh=1" className="button">
          {t('web.verdict.start-again')}
        </Link>
      </>
    );
  }
  return (
    <article className="verdict">
      <CareBanner care={assessment.care} />
      <MassagePermission massage={assessment.massage} />
      <VerdictActions situation={parsed.situation} assessment={assessment} query={query.toString()} />
      <section aria-labelledby="reasons-heading">
        <h2 id="reasons-heading">{t('web.verdict.why')}</h2>
        <ReasonList reasons={assessment.reasons} />
      </section>
      {assessment.plan && <PlanOverview plan={assessment.plan} />}
      {assessment.schedule && (
        <section aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">{t('web.verdict.schedule')}</h2>
          <p>
            {careText(assessment.schedule.text)} <span className="source">({assessment.schedule.source})</span>
          </p>
        </section>
      )}
      <VerdictDetails assessment={assessment} />
      <p className="disclaimer">{assessment.disclaimer}</p>
      <p>
        <Link to="/assess?step=where" className="link-target">
          {t('web.verdict.change')}
        </Link>
      </p>
    </article>
  );
}
