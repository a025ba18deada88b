import { useEffect, useState } from 'react';
import { PROFILE_LIMITS } from '../../../core/patient-profile-limits';
import { ApiError, requestApi } from '../../lib/api-client';
import { useT } from '../../lib/i18n';
import { ACCOUNT } from '../../lib/namespaces/account';
import { useSettings } from '../../lib/settings';

/** The details for the clinician's report, as the API keeps them (only the fields given). */
export interface ReportProfile {
  displayName?: string;
  dateOfBirth?: string;
  identifier?: string;
}

type Field = keyof ReportProfile;
/** Each field's words are `web-account.profile.<name>` and, when it has one, `….<name>.hint`. */
const FIELDS: readonly { name: Field; hint: boolean; type: string; maxLength?: number }[] = [
  { name: 'displayName', hint: true, type: 'text', maxLength: PROFILE_LIMITS.displayName },
  { name: 'dateOfBirth', hint: false, type: 'date' },
  { name: 'identifier', hint: true, type: 'text', maxLength: PROFILE_LIMITS.identifier },
];

const today = () => new Date().toISOString().slice(0, 10);

/** "Details for your clinician's report": optional, filled in once, used only on reports. */
export function ReportProfileForm() {
  const { t } = useT(ACCOUNT);
  // The identifier's example is the country's own (NHS number in the UK), as set in Settings.
  const [{ country }] = useSettings();
  const hintOf = (name: Field) => t(`web-account.profile.${name}.hint`, { country });
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', dateOfBirth: '', identifier: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once; the messages change only with the language.
  useEffect(() => {
    requestApi<ReportProfile>('GET', '/me/profile')
      .then((profile) =>
        setValues({
          displayName: profile.displayName ?? '',
          dateOfBirth: profile.dateOfBirth ?? '',
          identifier: profile.identifier ?? '',
        }),
      )
      .catch(() => setStatus(t('web-account.profile.load-failed')));
  }, []);

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      await requestApi<ReportProfile>('PUT', '/me/profile', values);
      const empty = Object.values(values).every((value) => value.trim() === '');
      setStatus(empty ? t('web-account.profile.cleared') : t('web-account.profile.saved'));
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((field) => [field.path, field.message])));
      setStatus(
        error instanceof ApiError && error.isNetwork
          ? t('web-account.profile.offline')
          : t('web-account.profile.not-saved', {
              why: fields.length > 0 ? t('web-account.profile.check-fields') : (error as Error).message,
            }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="report-profile-heading" className="card">
      <h2 id="report-profile-heading">{t('web-account.profile')}</h2>
      <p className="hint" id="report-profile-note">
        {t('web-account.profile.note')}
      </p>
      <form
        aria-describedby="report-profile-note"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void save();
        }}
      >
        {FIELDS.map((field) => (
          <div className="field" key={field.name}>
            <label htmlFor={`profile-${field.name}`}>{t(`web-account.profile.${field.name}`)}</label>
            {field.hint && (
              <span className="hint" id={`profile-${field.name}-hint`}>
                {hintOf(field.name)}
              </span>
            )}
            <input
              id={`profile-${field.name}`}
              name={field.name}
              type={field.type}
              autoComplete={field.name === 'displayName' ? 'name' : field.name === 'dateOfBirth' ? 'bday' : 'off'}
              {...(field.maxLength ? { maxLength: field.maxLength } : {})}
              {...(field.type === 'date' ? { min: PROFILE_LIMITS.earliestBirth, max: today() } : {})}
              value={values[field.name]}
              aria-invalid={errors[field.name] !== undefined}
              aria-describedby={`${field.hint ? `profile-${field.name}-hint ` : ''}profile-${field.name}-error`}
              onChange={(event) => {
                setValues({ ...values, [field.name]: event.target.value });
                setStatus('');
              }}
            />
            <span id={`profile-${field.name}-error`} className="error-text">
              {errors[field.name] ?? ''}
            </span>
          </div>
        ))}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('web-account.profile.busy') : t('web-account.profile.save')}
        </button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
