import type { ReactNode } from 'react';

interface RadioGroupProps<T extends string | number> {
  legend: ReactNode;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}

/** A fieldset of large radio rows. */
export function RadioGroup<T extends string | number>({ legend, name, options, value, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={String(option.value)} className="choice">
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
