import { CONDITION_LABELS, FREQUENCY_LABELS, MEDICATION_LABELS, RESPONSE_LABELS } from '../../../core/messages/labels';
import type { History } from '../../../core/situation';
import { CONDITIONS, FREQUENCIES, MEDICATIONS, RESPONSES } from '../../../core/vocabulary';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { RadioGroup } from '../../components/RadioGroup';
import { toggleItem } from './draft';

interface HistoryStepProps {
  history: History;
  onChange: (history: History) => void;
  remembered: boolean;
  /** Age, when it is not remembered yet (asked once). */
  age?: { value: number | null; onChange: (age: number | null) => void } | undefined;
  /** False when the history is remembered: only the age is asked. */
  askHistory: boolean;
}

/** Step 6: how often, known conditions, medicines, and how massage went before. Remembered on this device. */
export function HistoryStep({ history, onChange, remembered, age, askHistory }: HistoryStepProps) {
  const conditions = history.conditions ?? [];
  const medications = history.medications ?? [];
  const ageField = age && (
    <div className="field">
      <label htmlFor="age">How old are you? (asked once, then remembered on this device)</label>
      <input
        id="age"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        value={age.value ?? ''}
        onChange={(event) => {
          const years = Number.parseInt(event.target.value, 10);
          age.onChange(Number.isInteger(years) && years >= 0 && years <= 120 ? years : null);
        }}
      />
    </div>
  );
  if (!askHistory) return ageField;
  return (
    <>
      {ageField}
      {remembered && (
        <p className="card">Remembered from last time on this device. Change anything that is different now.</p>
      )}
      <RadioGroup
        legend="How often do you get spasms?"
        name="frequency"
        options={FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }))}
        value={history.frequency}
        onChange={(frequency) => onChange({ ...history, frequency })}
      />
      {history.frequency && history.frequency !== 'first' && (
        <>
          <RadioGroup
            legend="When you massaged it before, how did it respond?"
            name="previous-massage"
            options={RESPONSES.map((value) => ({ value, label: RESPONSE_LABELS[value] }))}
            value={history.previousMassage}
            onChange={(previousMassage) => onChange({ ...history, previousMassage })}
          />
          <div className="field">
            <label htmlFor="self-care-days">Days of regular self-care already tried</label>
            <input
              id="self-care-days"
              type="number"
              inputMode="numeric"
              min={0}
              max={3650}
              value={history.selfCareDays ?? ''}
              onChange={(event) => {
                const days = Number.parseInt(event.target.value, 10);
                const { selfCareDays: _drop, ...rest } = history;
                onChange(Number.isFinite(days) && days >= 0 ? { ...rest, selfCareDays: days } : rest);
              }}
            />
          </div>
        </>
      )}
      <details className="card" open={conditions.length > 0 || medications.length > 0}>
        <summary>Health conditions and medicines</summary>
        <CheckboxGroup
          legend="Conditions you know you have"
          name="conditions"
          options={CONDITIONS}
          labelOf={(condition) => CONDITION_LABELS[condition]}
          selected={conditions}
          onToggle={(condition, on) => onChange({ ...history, conditions: toggleItem(conditions, condition, on) })}
        />
        <CheckboxGroup
          legend="Medicines you take regularly"
          name="medications"
          options={MEDICATIONS}
          labelOf={(medication) => MEDICATION_LABELS[medication]}
          selected={medications}
          onToggle={(medication, on) => onChange({ ...history, medications: toggleItem(medications, medication, on) })}
        />
      </details>
    </>
  );
}
