import { useState } from 'react';
import { CARE_WORDS, COUNTRIES, type Country } from '../../core/messages/care-words';
import { RadioGroup } from '../components/RadioGroup';
import { needsSignIn, useMe } from '../features/account/account';
import { DataControls } from '../features/account/DataControls';
import { ReportProfileForm } from '../features/account/ReportProfileForm';
import { Link } from '../lib/router';
import { type TextSize, type Theme, useSettings } from '../lib/settings';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Match my device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
const TEXT_SIZE_OPTIONS: readonly { value: TextSize; label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'largest', label: 'Largest' },
];
const COUNTRY_OPTIONS: readonly { value: Country; label: string }[] = COUNTRIES.map((country) => ({
  value: country,
  label: `${CARE_WORDS[country].name} — ${CARE_WORDS[country].emergencyNumber}`,
}));

/**
 * Country (care words and number), emergency number, sound, text size, theme, the details for the clinician's
 * report (kept on the server), and deleting the journal.
 */
export default function SettingsPage() {
  const [settings, setSettings] = useSettings();
  const me = useMe();
  const [number, setNumber] = useState(settings.emergencyNumber ?? '');
  const [saved, setSaved] = useState('');
  const words = CARE_WORDS[settings.country];
  const trimmed = number.trim();
  const isValid = trimmed === '' || /^[0-9+*#]{2,15}$/.test(trimmed);
  return (
    <>
      <h1>Settings</h1>
      <p className="hint">
        Stored on this device only (the details for your clinician's report are kept with your journal).
      </p>
      {me?.user && (
        <p>
          <Link to="/account">Account security</Link>: password, two-step sign-in, signed-in devices, API tokens.
        </p>
      )}
      <RadioGroup
        legend="Where you are (decides who Knead tells you to call)"
        name="country"
        options={COUNTRY_OPTIONS}
        value={settings.country}
        onChange={(country) => {
          setSettings({ country });
          setSaved('');
        }}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!isValid) return;
          const chosen = trimmed === '' || trimmed === words.emergencyNumber ? null : trimmed;
          setSettings({ emergencyNumber: chosen });
          setNumber(chosen ?? '');
          setSaved(
            chosen ? `Emergency number ${chosen} saved.` : `Using ${words.emergencyNumber}, the number ${words.where}.`,
          );
        }}
      >
        <div className="field">
          <label htmlFor="emergency-number">Emergency number</label>
          <span className="hint" id="emergency-hint">
            Shown on every emergency verdict. Leave it empty to use {words.emergencyNumber}, the number {words.where}.
          </span>
          <input
            id="emergency-number"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder={words.emergencyNumber}
            value={number}
            aria-describedby="emergency-hint emergency-error"
            aria-invalid={!isValid}
            onChange={(event) => {
              setNumber(event.target.value);
              setSaved('');
            }}
          />
          <span id="emergency-error" className="error-text">
            {isValid ? '' : 'Use digits only (2 to 15), for example 112, or leave it empty.'}
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
        legend="Text size"
        name="text-size"
        options={TEXT_SIZE_OPTIONS}
        value={settings.textSize}
        onChange={(textSize) => setSettings({ textSize })}
      />
      <RadioGroup
        legend="Appearance"
        name="theme"
        options={THEMES}
        value={settings.theme}
        onChange={(theme) => setSettings({ theme })}
      />
      {!needsSignIn(me) && <ReportProfileForm />}
      {!needsSignIn(me) && <DataControls />}
    </>
  );
}
