import type { History } from '../../../core/situation';
import { CONDITIONS, FREQUENCIES, MEDICATIONS, RESPONSES } from '../../../core/vocabulary-lists';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { RadioGroup } from '../../components/RadioGroup';
import { useCoreWords } from '../../lib/core-words';
import { useT } from '../../lib/i18n';
import { ASSESS } from '../../lib/namespaces/assess';
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
  const { t } = useT(ASSESS);
  const { labels } = useCoreWords();
  const conditions = history.conditions ?? [];
  const medications = history.medications ?? [];
  const ageField = age && (
    <div className="field">
      <label htmlFor="age">{t('web-assess.history.age')}</label>
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
      {remembered && <p className="card">{t('web-assess.history.remembered')}</p>}
      <RadioGroup
        legend={t('web-assess.history.frequency')}
        name="frequency"
        options={FREQUENCIES.map((value) => ({ value, label: labels.frequency[value] }))}
        value={history.frequency}
        onChange={(frequency) => onChange({ ...history, frequency })}
      />
      {history.frequency && history.frequency !== 'first' && (
        <>
          <RadioGroup
            legend={t('web-assess.history.previous')}
            name="previous-massage"
            options={RESPONSES.map((value) => ({ value, label: labels.response[value] }))}
            value={history.previousMassage}
            onChange={(previousMassage) => onChange({ ...history, previousMassage })}
          />
          <div className="field">
            <label htmlFor="self-care-days">{t('web-assess.history.self-care-days')}</label>
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
        <summary>{t('web-assess.history.conditions-summary')}</summary>
        <CheckboxGroup
          legend={t('web-assess.history.conditions')}
          name="conditions"
          options={CONDITIONS}
          labelOf={(condition) => labels.condition[condition]}
          selected={conditions}
          onToggle={(condition, on) => onChange({ ...history, conditions: toggleItem(conditions, condition, on) })}
        />
        <CheckboxGroup
          legend={t('web-assess.history.medications')}
          name="medications"
          options={MEDICATIONS}
          labelOf={(medication) => labels.medication[medication]}
          selected={medications}
          onToggle={(medication, on) => onChange({ ...history, medications: toggleItem(medications, medication, on) })}
        />
      </details>
    </>
  );
}
