import { useT } from '../../lib/i18n';
import { SESSION } from '../../lib/namespaces/session';

/** The session's two sound switches: tones (and vibration), and spoken cues — each one tap. */
export function CueToggles({
  muted,
  spoken,
  onToggleMute,
  onToggleSpoken,
}: {
  muted: boolean;
  spoken: boolean;
  onToggleMute: () => void;
  onToggleSpoken: () => void;
}) {
  const { t } = useT(SESSION);
  return (
    <>
      <button
        type="button"
        className="button button-secondary cue-toggle"
        aria-pressed={spoken}
        onClick={onToggleSpoken}
      >
        {t('web-session.cues.spoken')}{' '}
        <span aria-hidden="true">{t(spoken ? 'web-session.cues.on' : 'web-session.cues.off')}</span>
      </button>
      <button type="button" className="button button-secondary" aria-pressed={muted} onClick={onToggleMute}>
        {t(muted ? 'web-session.cues.sound-off' : 'web-session.cues.sound-on')}
      </button>
    </>
  );
}
