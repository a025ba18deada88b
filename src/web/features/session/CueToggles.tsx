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
  return (
    <>
      <button
        type="button"
        className="button button-secondary cue-toggle"
        aria-pressed={spoken}
        onClick={onToggleSpoken}
      >
        Spoken cues <span aria-hidden="true">{spoken ? 'on' : 'off'}</span>
      </button>
      <button type="button" className="button button-secondary" aria-pressed={muted} onClick={onToggleMute}>
        {muted ? 'Sound off' : 'Sound on'}
      </button>
    </>
  );
}
