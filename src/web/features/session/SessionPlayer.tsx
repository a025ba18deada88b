import { COUNTDOWN_SECONDS, remainingInHold } from '../../../core/plan/session';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';
import { CueToggles } from './CueToggles';
import { TechniqueIllustration } from './TechniqueIllustration';
import type { SessionControls } from './use-session-player';

function formatSeconds(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes}:${String(seconds).padStart(2, '0')}` : String(seconds);
}

/** The running session: step, big countdown, instructions, illustration and the thumb-reach controls. */
export function SessionPlayer({
  controls,
  toggles,
}: {
  controls: SessionControls;
  toggles: Parameters<typeof CueToggles>[0];
}) {
  const { state } = controls;
  const { t } = useT(SESSION);
  const { labels } = useCoreWords();
  const step = state.plan.steps[state.stepIndex];
  if (!step) return null;
  const isGetReady = state.phase === 'get-ready';
  const paused = state.status === 'paused';
  // The last seconds before a release pulse (not under reduced motion: see session.css).
  const counting =
    !isGetReady && !paused && state.remainingMs > 0 && remainingInHold(state) <= COUNTDOWN_SECONDS * 1000;
  return (
    <section className="player" aria-labelledby="step-title">
      <p className="step-count">
        {t('web-session.player.step-of', { index: state.stepIndex + 1, total: state.plan.steps.length })}
        {state.repetition &&
          t('web-session.player.repetition', { current: state.repetition.current, total: state.repetition.total })}
      </p>
      <h1 id="step-title">{step.title}</h1>
      <p className="countdown-label">
        {t(
          paused ? 'web-session.player.paused' : isGetReady ? 'web-session.player.get-ready' : 'web-session.player.now',
        )}
      </p>
      <p className={counting ? 'countdown countdown-last' : 'countdown'} aria-hidden="true">
        {formatSeconds(state.remainingMs)}
      </p>
      <p className="cue-caption" aria-live="polite" data-testid="cue-caption">
        {controls.caption}
      </p>
      <div className="progress" aria-hidden="true">
        <div className="progress-fill" style={{ width: `${Math.round(state.progress * 100)}%` }} />
      </div>
      <div className="button-row">
        <CueToggles {...toggles} />
      </div>
      <p className="instructions">{step.instructions}</p>
      <TechniqueIllustration technique={step.technique} region={state.plan.region} />
      <p>
        <strong>{t('web-session.player.pressure')}</strong> {labels.pressure[step.pressure].label} —{' '}
        {labels.pressure[step.pressure].description}
      </p>
      {step.cautions.length > 0 && (
        <details className="why">
          <summary>{t('web-session.player.cautions', { count: step.cautions.length })}</summary>
          <ul>
            {step.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={controls.quit}>
          {t('web-session.player.end')}
        </button>
      </div>
      <div className="player-controls">
        <button type="button" className="button button-danger player-worse" onClick={controls.worse}>
          {t('web-session.player.worse')}
        </button>
        {paused ? (
          <button type="button" className="button" onClick={controls.resume}>
            {t('web-session.player.resume')}
          </button>
        ) : (
          <button type="button" className="button" onClick={controls.pause}>
            {t('web-session.player.pause')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={controls.skip}>
          {t('web-session.player.skip')}
        </button>
      </div>
    </section>
  );
}
