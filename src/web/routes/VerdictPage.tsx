import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import { SituationSchema } from '../../core/situation';
import { CareBanner } from '../features/verdict/CareBanner';
import { MassagePermission } from '../features/verdict/MassagePermission';
import { PlanOverview } from '../features/verdict/PlanOverview';
import { ReasonList } from '../features/verdict/ReasonList';
import { readSituation } from '../features/verdict/read-situation';
import { VerdictActions } from '../features/verdict/VerdictActions';
import { VerdictDetails } from '../features/verdict/VerdictDetails';
import { Link, useLocation } from '../lib/router';
import { useCarePlace } from '../lib/settings';

/** The verdict: care banner first, then massage permission, reasons, details, disclaimer and actions. */
export default function VerdictPage() {
  const { query } = useLocation();
  const { careText } = useCarePlace();
  const raw = query.get('s');
  const parsed = useMemo(() => readSituation(raw, SituationSchema), [raw]);
  const assessment = useMemo(() => (parsed.ok ? assessSituation(parsed.situation) : null), [parsed]);

  if (!parsed.ok || !assessment) {
    return (
      <>
        <h1>We could not read these answers</h1>
        <p className="error-text">{parsed.ok ? '' : parsed.error}</p>
        <Link to="/assess?fresh=1" className="button">
          Start again
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
        <h2 id="reasons-heading">Why this verdict</h2>
        <ReasonList reasons={assessment.reasons} />
      </section>
      {assessment.plan && <PlanOverview plan={assessment.plan} />}
      {assessment.schedule && (
        <section aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">How often to repeat</h2>
          <p>
            {careText(assessment.schedule.text)} <span className="source">({assessment.schedule.source})</span>
          </p>
        </section>
      )}
      <VerdictDetails assessment={assessment} />
      <p className="disclaimer">{assessment.disclaimer}</p>
      <p>
        <Link to="/assess?step=where" className="link-target">
          Change my answers
        </Link>
      </p>
    </article>
  );
}
