import { useEffect, useState } from 'react';
import { PROFILE_LIMITS } from '../../../core/patient-profile-limits';
import { ApiError, requestApi } from '../../lib/api-client';

/** The details for the clinician's report, as the API keeps them (only the fields given). */
export interface ReportProfile {
  displayName?: string;
  dateOfBirth?: string;
  identifier?: string;
}

type Field = keyof ReportProfile;
const FIELDS: readonly { name: Field; label: string; hint: string; type: string; maxLength?: number }[] = [
  {
    name: 'displayName',
    label: 'Name',
    hint: 'As your clinician knows you.',
    type: 'text',
    maxLength: PROFILE_LIMITS.displayName,
  },
  { name: 'dateOfBirth', label: 'Date of birth', hint: '', type: 'date' },
  {
    name: 'identifier',
    label: 'Patient identifier',
    hint: 'For example your NHS number or the clinic’s patient id.',
    type: 'text',
    maxLength: PROFILE_LIMITS.identifier,
  },
];

const today = () => new Date().toISOString().slice(0, 10);

/** "Details for your clinician's report": optional, filled in once, used only on reports. */
export function ReportProfileForm() {
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', dateOfBirth: '', identifier: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    requestApi<ReportProfile>('GET', '/me/profile')
      .then((profile) =>
        setValues({
          displayName: profile.displayName ?? '',
          dateOfBirth: profile.dateOfBirth ?? '',
          identifier: profile.identifier ?? '',
        }),
      )
      .catch(() => setStatus('Your saved details could not be loaded; you can still enter them.'));
  }, []);

  async function save() {
    setBusy(true);
    setErrors({});
    try {
      await requestApi<ReportProfile>('PUT', '/me/profile', values);
      const empty = Object.values(values).every((value) => value.trim() === '');
      setStatus(
        empty ? 'Cleared: your reports will not name you.' : 'Saved. Your next report will show these details.',
      );
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : [];
      setErrors(Object.fromEntries(fields.map((field) => [field.path, field.message])));
      setStatus(
        error instanceof ApiError && error.isNetwork
          ? 'Not saved: you appear to be offline.'
          : `Not saved. ${fields.length > 0 ? 'Check the fields marked above.' : (error as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="report-profile-heading" className="card">
      <h2 id="report-profile-heading">Details for your clinician's report</h2>
      <p className="hint" id="report-profile-note">
        Optional. These details are only printed on the reports you download or share, so a clinician can match the
        report to you. They are kept with your journal, and deleted with it. Leave any of them empty to keep it off your
        reports.
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
            <label htmlFor={`profile-${field.name}`}>{field.label}</label>
            {field.hint && (
              <span className="hint" id={`profile-${field.name}-hint`}>
                {field.hint}
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
          {busy ? 'Saving…' : 'Save details'}
        </button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
