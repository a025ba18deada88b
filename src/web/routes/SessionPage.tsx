import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Assessment, Plan } from '../../core/assessment';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import type { Situation } from '../../core/situation';
import { SituationSchema } from '../../core/situation';
import { PainScale } from '../components/PainScale';
import { SessionPlayer } from '../features/session/SessionPlayer';
import { SessionSummary } from '../features/session/SessionSummary';
import { useSessionPlayer } from '../features/session/use-session-player';
import { WorseAdvice } from '../features/session/WorseAdvice';
import { readSituation } from '../features/verdict/read-situation';
import { Link, useLocation } from '../lib/router';
import { useSettings } from '../lib/settings';

/** The guided session for the plan of the situation in the URL (works offline: the core runs here). */
export default function SessionPage() {
  const { query } = useLocation();
  const raw = query.get('s');
  const parsed = useMemo(() => readSituation(raw, SituationSchema), [raw]);
  const assessment = useMemo(() => (parsed.ok ? assessSituation(parsed.situation) : null), [parsed]);
  if (!parsed.ok || !assessment?.plan) {
    return (
      <>
        <h1>No massage plan for these answers</h1>
        <p>Massage is not advised here. Follow the advice on the verdict page.</p>
        <Link to={`/verdict?${query}`} className="button">
          Back to the verdict
        </Link>
      </>
    );
  }
  return <SessionRun plan={assessment.plan} situation={parsed.situation} assessment={assessment} />;
}

function SessionRun({ plan, situation, assessment }: { plan: Plan; situation: Situation; assessment: Assessment }) {
  const [settings, setSettings] = useSettings();
  const controls = useSessionPlayer(plan, settings.muted);
  const { state } = controls;
  const toggleMute = () => setSettings({ muted: !settings.muted });

  if (state.status === 'ready') {
    return (
      <section aria-labelledby="session-heading">
        <h1 id="session-heading">Guided massage</h1>
        <p>
          {plan.steps.length} steps, {formatHandsOnTime(plan.steps)} hands-on. {plan.stopRule.text}
        </p>
        <PainScale
          legend="How strong is the pain before you start?"
          name="pain-before"
          value={state.painBefore ?? undefined}
          onChange={(value) => controls.ratePain('before', value)}
        />
        <div className="button-row">
          <button type="button" className="button button-huge" onClick={controls.start}>
            Start
          </button>
          <button type="button" className="button button-secondary" aria-pressed={settings.muted} onClick={toggleMute}>
            {settings.muted ? 'Sound off' : 'Sound on'}
          </button>
        </div>
      </section>
    );
  }
  if (state.status === 'stopped' && state.stopReason === 'worse' && state.advice) {
    return (
      <>
        <WorseAdvice advice={state.advice} emergencyNumber={settings.emergencyNumber} />
        <SessionSummary controls={controls} situation={situation} assessment={assessment} />
      </>
    );
  }
  if (state.status === 'finished' || state.status === 'stopped') {
    return <SessionSummary controls={controls} situation={situation} assessment={assessment} isMain />;
  }
  return <SessionPlayer controls={controls} muted={settings.muted} onToggleMute={toggleMute} />;
}
