import type { Assessment } from '../../../core/assessment';
import { TECHNIQUE_LABELS } from '../../../core/messages/labels';
import type { Situation } from '../../../core/situation';
import type { Technique } from '../../../core/vocabulary';
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

const GATE_HEADINGS = {
  full: 'Your plan is ready',
  reduced: 'Your plan, made gentler today',
  blocked: 'Not today: the plan waits',
  'needs-check': 'Answer the safety questions first',
} as const;

/** What the check decided and why, with the rules that decided it and their sources; blocked plans do not start. */
export function GateResult({ plan, situation, assessment, onRun }: GateResultProps) {
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
      <Heading id="gate-heading">{GATE_HEADINGS[gate.status]}</Heading>
      <p className={gate.status === 'blocked' ? 'card care-banner' : 'card'} role="status" data-gate={gate.status}>
        {gate.reason}
      </p>
      {gate.dropped && gate.dropped.length > 0 && (
        <p>Left out today: {gate.dropped.map((t) => TECHNIQUE_LABELS[t as Technique] ?? t).join(', ')}.</p>
      )}
      {needsCare ? <h3>Why</h3> : <h2>Why</h2>}
      <ReasonList reasons={reasons.length > 0 ? reasons : assessment.reasons} />
      <div className="button-row">
        {runnable ? (
          <button type="button" className="button button-huge" onClick={onRun}>
            Continue to the session
          </button>
        ) : (
          <Link to={`/verdict?${encodeSituation(situation)}`} className="button">
            See what to do instead
          </Link>
        )}
      </div>
    </section>
  );
}
