import { useMemo } from 'react';
import { assessSituation } from '../../core/assess/assess-situation';
import type { Assessment, Plan } from '../../core/assessment';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import { careAfterWorse } from '../../core/plan/worse-care';
import type { Situation } from '../../core/situation';
import { SituationSchema } from '../../core/situation';
import { CueToggles } from '../features/session/CueToggles';
import { PainBefore } from '../features/session/PainBefore';
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

interface SessionRunProps {
  plan: Plan;
  situation: Situation;
  assessment: Assessment;
  /** The therapist's plan this run comes from: the saved session names it, so it counts toward adherence. */
  assignedPlanId?: string;
  /** The heading of the ready screen. */
  title?: string;
}

/** The player for one plan, from the ready screen to the summary that saves it (also runs a therapist's plan). */
export function SessionRun({ plan, situation, assessment, assignedPlanId, title = 'Guided massage' }: SessionRunProps) {
  const [settings, setSettings] = useSettings();
  // The questionnaire already asked how strong the pain is: that is the pain before.
  const controls = useSessionPlayer(plan, {
    muted: settings.muted,
    spoken: settings.spokenCues,
    painBefore: situation.intensity,
  });
  const { state } = controls;
  const toggles = {
    muted: settings.muted,
    spoken: settings.spokenCues,
    onToggleMute: () => setSettings({ muted: !settings.muted }),
    onToggleSpoken: () => setSettings({ spokenCues: !settings.spokenCues }),
  };

  const summary = { controls, situation, assessment, ...(assignedPlanId ? { assignedPlanId } : {}) };

  if (state.status === 'ready') {
    return (
      <section aria-labelledby="session-heading">
        <h1 id="session-heading">{title}</h1>
        <p>
          {plan.steps.length} steps, {formatHandsOnTime(plan.steps)} hands-on. {plan.stopRule.text}
        </p>
        <PainBefore
          value={state.painBefore}
          fromAnswers={situation.intensity !== undefined}
          onChange={(value) => controls.ratePain('before', value)}
        />
        <div className="button-row">
          <button type="button" className="button button-huge" onClick={controls.start}>
            Start
          </button>
          <CueToggles {...toggles} />
        </div>
      </section>
    );
  }
  if (state.status === 'stopped' && state.stopReason === 'worse' && state.advice) {
    return (
      <>
        <WorseAdvice advice={state.advice} care={careAfterWorse(situation)} />
        <SessionSummary {...summary} />
      </>
    );
  }
  if (state.status === 'finished' || state.status === 'stopped') {
    return <SessionSummary {...summary} isMain />;
  }
  return <SessionPlayer controls={controls} toggles={toggles} />;
}
