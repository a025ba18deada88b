import { useState } from 'react';
import { RadioGroup } from '../components/RadioGroup';
import { useMe } from '../features/account/account';
import { Link } from '../lib/router';
import { DEFAULT_SETTINGS, type Theme, useSettings } from '../lib/settings';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Emergency number, sound and theme — stored on this device only. */
export default function SettingsPage() {
  const [settings, setSettings] = useSettings();
  const me = useMe();
  const [number, setNumber] = useState(settings.emergencyNumber);
  const [saved, setSaved] = useState('');
  const isValid = /^[0-9+*#]{2,15}$/.test(number.trim());
  return (
    <>
      <h1>Settings</h1>
      {me?.user && (
        <p>
          <Link to="/account">Account security</Link>: password, two-step sign-in, signed-in devices, API tokens.
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!isValid) return;
          setSettings({ emergencyNumber: number.trim() });
          setSaved('Emergency number saved.');
        }}
      >
        <div className="field">
          <label htmlFor="emergency-number">Emergency number</label>
          <span className="hint" id="emergency-hint">
            Shown on every emergency verdict. {DEFAULT_SETTINGS.emergencyNumber} works in Europe and from most mobile
            phones; use 911 in North America, 999 in the UK, 000 in Australia.
          </span>
          <input
            id="emergency-number"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={number}
            aria-describedby="emergency-hint emergency-error"
            aria-invalid={!isValid}
            onChange={(event) => {
              setNumber(event.target.value);
              setSaved('');
            }}
          />
          <span id="emergency-error" className="error-text">
            {isValid ? '' : 'Use digits only (2 to 15), for example 112.'}
          </span>
        </div>
        <button type="submit" className="button">
          Save number
        </button>
        <p role="status">{saved}</p>
      </form>
      <fieldset className="chip-group">
        <legend>Sound and vibration during sessions</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={!settings.muted}
            onChange={(event) => setSettings({ muted: !event.target.checked })}
          />
          Play tones and vibrate at each step
        </label>
      </fieldset>
      <RadioGroup
        legend="Appearance"
        name="theme"
        options={THEMES}
        value={settings.theme}
        onChange={(theme) => setSettings({ theme })}
      />
    </>
  );
}
