import { useState } from 'react';
import { CARE_WORDS, COUNTRIES, type Country } from '../../core/messages/care-words';
import { RadioGroup } from '../components/RadioGroup';
import { needsSignIn, useMe } from '../features/account/account';
import { DataControls } from '../features/account/DataControls';
import { ReportProfileForm } from '../features/account/ReportProfileForm';
import { clearLocaleOverride, listLanguages, UNREVIEWED_LOCALES, useLocale, useT } from '../lib/i18n';
import { SETTINGS } from '../lib/namespaces/settings';
import { Link } from '../lib/router';
import { type TextSize, type Theme, useSettings } from '../lib/settings';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
const TEXT_SIZE_OPTIONS: readonly TextSize[] = ['standard', 'large', 'largest'];

/**
 * Language, country (care words and number), emergency number, sound, text size, theme, the details for the clinician's
 * report (kept on the server), and deleting the journal.
 */
export default function SettingsPage() {
  const [settings, setSettings] = useSettings();
  const translator = useT(SETTINGS);
  const { t } = translator;
  const locale = useLocale();
  const me = useMe();
  const [number, setNumber] = useState(settings.emergencyNumber ?? '');
  const [saved, setSaved] = useState('');
  const words = CARE_WORDS[settings.country];
  const trimmed = number.trim();
  const isValid = trimmed === '' || /^[0-9+*#]{2,15}$/.test(trimmed);
  return (
    <>
      <h1>{t('web-settings.settings.heading')}</h1>
      <p className="hint">{t('web-settings.settings.stored')}</p>
      <RadioGroup
        legend={t('web-settings.settings.language')}
        name="language"
        options={listLanguages(translator)}
        value={settings.language ?? (locale === 'en-XA' ? undefined : locale)}
        onChange={(language) => {
          clearLocaleOverride();
          setSettings({ language });
        }}
      />
      {(UNREVIEWED_LOCALES as readonly string[]).includes(locale) && (
        <p className="hint" id="translation-review">
          {t('web-settings.settings.unreviewed')}
        </p>
      )}
      {me?.user && (
        <p>
          <Link to="/account">{t('web-settings.settings.account')}</Link>
          {t('web-settings.settings.account-what')}
        </p>
      )}
      <RadioGroup
        legend={t('web-settings.settings.country')}
        name="country"
        options={COUNTRIES.map((country: Country) => ({
          value: country,
          label: t('web-settings.country.option', {
            name: t(`web-settings.country.${country}.name`),
            number: CARE_WORDS[country].emergencyNumber,
          }),
        }))}
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
            chosen
              ? t('web-settings.settings.number-saved', { number: chosen })
              : t('web-settings.settings.number-default', {
                  number: words.emergencyNumber,
                  where: t(`web-settings.country.${settings.country}.where`),
                }),
          );
        }}
      >
        <div className="field">
          <label htmlFor="emergency-number">{t('web-settings.settings.number')}</label>
          <span className="hint" id="emergency-hint">
            {t('web-settings.settings.number-hint', {
              number: words.emergencyNumber,
              where: t(`web-settings.country.${settings.country}.where`),
            })}
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
            {isValid ? '' : t('web-settings.settings.number-invalid')}
          </span>
        </div>
        <button type="submit" className="button">
          {t('web-settings.settings.save-number')}
        </button>
        <p role="status">{saved}</p>
      </form>
      <fieldset className="chip-group">
        <legend>{t('web-settings.settings.sound')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={!settings.muted}
            onChange={(event) => setSettings({ muted: !event.target.checked })}
          />
          {t('web-settings.settings.tones')}
        </label>
      </fieldset>
      <RadioGroup
        legend={t('web-settings.settings.text-size')}
        name="text-size"
        options={TEXT_SIZE_OPTIONS.map((value) => ({ value, label: t(`web-settings.settings.text-size.${value}`) }))}
        value={settings.textSize}
        onChange={(textSize) => setSettings({ textSize })}
      />
      <RadioGroup
        legend={t('web-settings.settings.theme')}
        name="theme"
        options={THEMES.map((value) => ({ value, label: t(`web-settings.settings.theme.${value}`) }))}
        value={settings.theme}
        onChange={(theme) => setSettings({ theme })}
      />
      {!needsSignIn(me) && <ReportProfileForm />}
      {!needsSignIn(me) && <DataControls />}
    </>
  );
}
