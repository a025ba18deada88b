import { useT } from '../lib/i18n';

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface PainScaleProps {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (value: number) => void;
  hint?: string;
}

/** A 0–10 pain scale as radio buttons: 0 no pain, 10 the worst imaginable. */
export function PainScale({ legend, name, value, onChange, hint }: PainScaleProps) {
  const { t } = useT();
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      <p className="hint" id={`${name}-hint`}>
        {hint ?? t('web.pain.hint')}
      </p>
      <div className="scale" aria-describedby={`${name}-hint`}>
        {LEVELS.map((level) => (
          <label key={level}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-label={t('web.pain.level', { level })}
            />
            {level}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
