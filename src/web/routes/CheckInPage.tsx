import { type FormEvent, useState } from 'react';
import { generateUuid7 } from '../../core/ids';
import { type CheckIn, EXERCISE_INTENSITIES } from '../../core/journal';
import { PainScale } from '../components/PainScale';
import { RadioGroup } from '../components/RadioGroup';
import { toLocalDay } from '../features/journal/format';
import { saveCheckIn } from '../features/journal/journal-api';
import { ApiError } from '../lib/api-client';
import { CHECKIN } from '../lib/namespaces/checkin';
import { usePageLabels } from '../lib/page-labels';
import { Link } from '../lib/router';

type NumberKey = 'fluidsLitres' | 'exerciseMinutes' | 'sleepHours' | 'alcoholUnits';

/** Each number's label is `web-checkin.field.<key>`. */
const NUMBER_FIELDS: readonly { key: NumberKey; step: string; max: number }[] = [
  { key: 'fluidsLitres', step: '0.1', max: 20 },
  { key: 'exerciseMinutes', step: '1', max: 1440 },
  { key: 'sleepHours', step: '0.5', max: 24 },
  { key: 'alcoholUnits', step: '1', max: 100 },
];

/** The optional daily check-in: the factors the trigger analysis compares. */
export default function CheckInPage() {
  const [checkIn, setCheckIn] = useState<CheckIn>(() => ({ id: generateUuid7(), date: toLocalDay(new Date()) }));
  const { translator, labels } = usePageLabels(CHECKIN);
  const { t } = translator;
  const [status, setStatus] = useState('');
  const update = (patch: Partial<CheckIn>) => setCheckIn({ ...checkIn, ...patch });
  function setNumber(key: NumberKey, raw: string): void {
    const value = Number.parseFloat(raw);
    const { [key]: _drop, ...rest } = checkIn;
    setCheckIn(
      Number.isFinite(value) ? { ...rest, [key]: key === 'exerciseMinutes' ? Math.round(value) : value } : rest,
    );
  }
  /** A check-in field by its label on this page (the API names it by its key). */
  const fieldLabel = (path: string) =>
    translator.has(`web-checkin.field.${path}`) ? t(`web-checkin.field.${path}`) : path;
  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    try {
      const result = await saveCheckIn(checkIn);
      setStatus(result === 'sent' ? t('web-checkin.saved') : t('web-checkin.saved-offline'));
      setCheckIn({ id: generateUuid7(), date: checkIn.date });
    } catch (failure) {
      const problem = failure instanceof ApiError ? failure : null;
      const reason =
        problem?.fields.map((field) => `${fieldLabel(field.path)}: ${field.message}`).join('; ') ||
        (failure as Error).message;
      setStatus(t('web-checkin.failed', { reason }));
    }
  }
  return (
    <>
      <h1>{t('web-checkin.heading')}</h1>
      <p>{t('web-checkin.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="date">{t('web-checkin.field.date')}</label>
          <input
            id="date"
            type="date"
            required
            value={checkIn.date}
            onChange={(event) => update({ date: event.target.value })}
          />
        </div>
        {NUMBER_FIELDS.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={field.key}>{t(`web-checkin.field.${field.key}`)}</label>
            <input
              id={field.key}
              type="number"
              inputMode="decimal"
              min={0}
              max={field.max}
              step={field.step}
              value={checkIn[field.key] ?? ''}
              onChange={(event) => setNumber(field.key, event.target.value)}
            />
          </div>
        ))}
        <RadioGroup
          legend={t('web-checkin.field.exerciseIntensity')}
          name="exercise-intensity"
          options={EXERCISE_INTENSITIES.map((value) => ({ value, label: labels['exercise-intensity'][value] }))}
          value={checkIn.exerciseIntensity}
          onChange={(exerciseIntensity) => update({ exerciseIntensity })}
        />
        <PainScale
          legend={t('web-checkin.field.stress')}
          hint={t('web-checkin.stress-hint')}
          name="stress"
          value={checkIn.stress}
          onChange={(stress) => update({ stress })}
        />
        <fieldset className="chip-group">
          <legend>{t('web-checkin.temperature')}</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={checkIn.heatExposure ?? false}
              onChange={(event) => update({ heatExposure: event.target.checked })}
            />
            {t('web-checkin.field.heatExposure')}
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={checkIn.coldExposure ?? false}
              onChange={(event) => update({ coldExposure: event.target.checked })}
            />
            {t('web-checkin.field.coldExposure')}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="checkin-notes">{t('web-checkin.field.notes')}</label>
          <textarea
            id="checkin-notes"
            rows={2}
            maxLength={4000}
            value={checkIn.notes ?? ''}
            onChange={(event) => update({ notes: event.target.value })}
          />
        </div>
        <button type="submit" className="button">
          {t('web-checkin.save')}
        </button>
        <p role="status">{status}</p>
      </form>
      <p>
        <Link to="/journal" className="link-target">
          {t('web-checkin.back')}
        </Link>
      </p>
    </>
  );
}
