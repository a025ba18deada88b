import { useMemo } from 'react';
import type { Assessment, Plan } from '../../core/assessment';
import { formatHandsOnTime } from '../../core/plan/plan-step';
import { careAfterWorse } from '../../core/plan/worse-care';
import type { Situation } from '../../core/situation';
import { CueToggles } from '../features/session/CueToggles';
import { PainBefore } from '../features/session/PainBefore';
import { SessionPlayer } from '../features/session/SessionPlayer';
import { SessionSummary } from '../features/session/SessionSummary';
import { useSessionPlayer } from '../features/session/use-session-player';
import { WorseAdvice } from '../features/session/WorseAdvice';
import { readSituation } from '../features/verdict/read-situation';
import { useCoreWords } from '../lib/core-words';
import { useT } from '../lib/i18n';
import { SESSION } from '../lib/namespaces/session';
import { Link, useLocation } from '../lib/router';
import { useSettings } from '../lib/settings';

/** The guided session for the plan of the situation in the URL (works offline: the core runs here). */
export default function SessionPage() {
  const { query } = useLocation();
  const { t } = useT(SESSION);
  const raw = query.get('s');
  const parsed = useMemo(() => readSituation(raw), [raw]);
  const words = useCoreWords();
  const assessment = useMemo(() => (parsed.ok ? words.assess(parsed.situation) : null), [parsed, words]);
  if (!parsed.ok || !assessment?.plan) {
    return (
      <>
        <h1>{t('web-session.session.no-plan')}</h1>
        <p>{t('web-session.session.not-advised')}</p>
        <Link to={`/verdict?${query}`} className="button">
          {t('web-session.session.back-verdict')}
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
export function SessionRun({ plan, situation, assessment, assignedPlanId, title }: SessionRunProps) {
  const [settings, setSettings] = useSettings();
  const { t } = useT(SESSION);
  const words = useCoreWords();
  // The questionnaire already asked how strong the pain is: that is the pain before.
  const controls = useSessionPlayer(plan, {
    muted: settings.muted,
    spoken: settings.spokenCues,
    painBefore: situation.intensity,
    cueWords: words.cueWords,
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
        <h1 id="session-heading">{title ?? t('web-session.session.title')}</h1>
        <p>
          {t('web-session.session.ready', { count: plan.steps.length, time: formatHandsOnTime(plan.steps, words) })}{' '}
          {plan.stopRule.text}
        </p>
        <PainBefore
          value={state.painBefore}
          fromAnswers={situation.intensity !== undefined}
          onChange={(value) => controls.ratePain('before', value)}
        />
        <div className="button-row">
          <button type="button" className="button button-huge" onClick={controls.start}>
            {t('web-session.session.start')}
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
