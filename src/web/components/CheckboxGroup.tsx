import type { ReactNode } from 'react';

interface CheckboxGroupProps<T extends string> {
  legend: ReactNode;
  options: readonly T[];
  labelOf: (option: T) => string;
  selected: readonly T[];
  onToggle: (option: T, on: boolean) => void;
  name: string;
}

/** A fieldset of large checkbox rows (44px+ targets, whole row clickable). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  labelOf,
  selected,
  onToggle,
  name,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input
            type="checkbox"
            name={name}
            value={option}
            checked={selected.includes(option)}
            onChange={(event) => onToggle(option, event.target.checked)}
          />
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
