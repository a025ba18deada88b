import type { Assessment } from '../../../core/assessment';
import type { Situation } from '../../../core/situation';
import type { Technique } from '../../../core/vocabulary';
import { CARE_TEAM } from '../../lib/namespaces/care-team';
import { usePageLabels } from '../../lib/page-labels';
import { Link } from '../../lib/router';
import { encodeSituation } from '../assess/draft';
import { CareBanner } from '../verdict/CareBanner';
import { ReasonList } from '../verdict/ReasonList';
import type { TherapistPlan } from './care-team-api';

export interface GateResultProps {
  plan: TherapistPlan;
  situation: Situation;
  assessment: Assessment;
  onRun: () => void;
}

/** What the check decided and why, with the rules that decided it and their sources; blocked plans do not start. */
export function GateResult({ plan, situation, assessment, onRun }: GateResultProps) {
  const { translator, labels } = usePageLabels(CARE_TEAM);
  const { t } = translator;
  const { gate } = plan;
  const deciding = new Set(gate.rules.map((rule) => rule.id));
  const reasons = assessment.reasons.filter((reason) => deciding.has(reason.id));
  const runnable = gate.plan !== null && (gate.status === 'full' || gate.status === 'reduced');
  // Red flags first and always win: when the check calls for medical care, that (with its call button) leads.
  const needsCare = assessment.care !== 'self_care';
  const Heading = needsCare ? 'h2' : 'h1';
  return (
    <section aria-labelledby="gate-heading">
      {needsCare && <CareBanner care={assessment.care} />}
      <Heading id="gate-heading">{t(`web-care-team.gate.${gate.status}`)}</Heading>
      <p className={gate.status === 'blocked' ? 'card care-banner' : 'card'} role="status" data-gate={gate.status}>
        {gate.reason}
      </p>
      {gate.dropped && gate.dropped.length > 0 && (
        <p>
          {t('web-care-team.gate.dropped', {
            techniques: gate.dropped.map((id) => labels.technique[id as Technique] ?? id).join(', '),
          })}
        </p>
      )}
      {needsCare ? <h3>{t('web-care-team.gate.why')}</h3> : <h2>{t('web-care-team.gate.why')}</h2>}
      <ReasonList reasons={reasons.length > 0 ? reasons : assessment.reasons} />
      <div className="button-row">
        {runnable ? (
          <button type="button" className="button button-huge" onClick={onRun}>
            {t('web-care-team.gate.continue')}
          </button>
        ) : (
          <Link to={`/verdict?${encodeSituation(situation)}`} className="button">
            {t('web-care-team.gate.instead')}
          </Link>
        )}
      </div>
    </section>
  );
}
