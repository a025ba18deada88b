import { type FormEvent, useState } from 'react';
import { generateUuid7 } from '../../core/ids';
import { type CheckIn, EXERCISE_INTENSITIES } from '../../core/journal';
import { EXERCISE_INTENSITY_LABELS } from '../../core/messages/labels';
import { PainScale } from '../components/PainScale';
import { RadioGroup } from '../components/RadioGroup';
import { toLocalDay } from '../features/journal/format';
import { saveCheckIn } from '../features/journal/journal-api';
import { ApiError } from '../lib/api-client';
import { Link } from '../lib/router';

type NumberKey = 'fluidsLitres' | 'exerciseMinutes' | 'sleepHours' | 'alcoholUnits';

const NUMBER_FIELDS: readonly { key: NumberKey; label: string; step: string; max: number }[] = [
  { key: 'fluidsLitres', label: 'Fluids drunk (litres)', step: '0.1', max: 20 },
  { key: 'exerciseMinutes', label: 'Exercise (minutes)', step: '1', max: 1440 },
  { key: 'sleepHours', label: 'Sleep (hours)', step: '0.5', max: 24 },
  { key: 'alcoholUnits', label: 'Alcohol (units)', step: '1', max: 100 },
];

/** The optional daily check-in: the factors the trigger analysis compares. */
export default function CheckInPage() {
  const [checkIn, setCheckIn] = useState<CheckIn>(() => ({ id: generateUuid7(), date: toLocalDay(new Date()) }));
  const [status, setStatus] = useState('');
  const update = (patch: Partial<CheckIn>) => setCheckIn({ ...checkIn, ...patch });
  function setNumber(key: NumberKey, raw: string): void {
    const value = Number.parseFloat(raw);
    const { [key]: _drop, ...rest } = checkIn;
    setCheckIn(
      Number.isFinite(value) ? { ...rest, [key]: key === 'exerciseMinutes' ? Math.round(value) : value } : rest,
    );
  }
  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    try {
      const result = await saveCheckIn(checkIn);
      setStatus(result === 'sent' ? 'Check-in saved.' : 'Saved on this device; it will sync when you are online.');
      setCheckIn({ id: generateUuid7(), date: checkIn.date });
    } catch (failure) {
      const problem = failure instanceof ApiError ? failure : null;
      setStatus(
        `Could not save: ${problem?.fields.map((field) => `${field.path}: ${field.message}`).join('; ') || (failure as Error).message}`,
      );
    }
  }
  return (
    <>
      <h1>Daily check-in</h1>
      <p>Optional. A few numbers a day let Insights compare days with and without spasms.</p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="date">Day</label>
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
            <label htmlFor={field.key}>{field.label}</label>
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
          legend="How hard was the exercise?"
          name="exercise-intensity"
          options={EXERCISE_INTENSITIES.map((value) => ({ value, label: EXERCISE_INTENSITY_LABELS[value] }))}
          value={checkIn.exerciseIntensity}
          onChange={(exerciseIntensity) => update({ exerciseIntensity })}
        />
        <PainScale
          legend="Stress today"
          hint="0 = calm, 10 = extremely stressed"
          name="stress"
          value={checkIn.stress}
          onChange={(stress) => update({ stress })}
        />
        <fieldset className="chip-group">
          <legend>Temperature</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={checkIn.heatExposure ?? false}
              onChange={(event) => update({ heatExposure: event.target.checked })}
            />
            Spent time in strong heat
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={checkIn.coldExposure ?? false}
              onChange={(event) => update({ coldExposure: event.target.checked })}
            />
            Spent time in the cold
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="checkin-notes">Notes</label>
          <textarea
            id="checkin-notes"
            rows={2}
            maxLength={4000}
            value={checkIn.notes ?? ''}
            onChange={(event) => update({ notes: event.target.value })}
          />
        </div>
        <button type="submit" className="button">
          Save check-in
        </button>
        <p role="status">{status}</p>
      </form>
      <p>
        <Link to="/journal" className="link-target">
          Back to the journal
        </Link>
      </p>
    </>
  );
}
