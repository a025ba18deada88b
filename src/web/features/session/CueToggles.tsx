import { useT } from '../../lib/i18n';

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
  const { t } = useT();
  return (
    <>
      <button
        type="button"
        className="button button-secondary cue-toggle"
        aria-pressed={spoken}
        onClick={onToggleSpoken}
      >
        {t('web.cues.spoken')} <span aria-hidden="true">{t(spoken ? 'web.cues.on' : 'web.cues.off')}</span>
      </button>
      <button type="button" className="button button-secondary" aria-pressed={muted} onClick={onToggleMute}>
        {t(muted ? 'web.cues.sound-off' : 'web.cues.sound-on')}
      </button>
    </>
  );
}
