import * as p from '@clack/prompts';

/** Thrown when the person presses Ctrl+C or Esc at a prompt. */
export class CancelledError extends Error {}

function unwrap<T>(value: T | symbol): T {
  if (p.isCancel(value)) throw new CancelledError('cancelled');
  return value as T;
}

export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
}

const options = <T>(choices: readonly Choice<T>[]) =>
  choices.map((c) =>
    c.hint ? { value: c.value, label: c.label, hint: c.hint } : { value: c.value, label: c.label },
  ) as p.Option<T>[];

export const askOne = async <T>(message: string, choices: readonly Choice<T>[]): Promise<T> =>
  unwrap<T>(await p.select<T>({ message, options: options(choices), maxItems: 10 }));

/** One key picks a choice at once (each choice's `value` is its key). */
export const askKey = async (message: string, choices: readonly Choice<string>[]): Promise<string> =>
  unwrap<string>(await p.selectKey<string>({ message, options: options(choices) }));

export const askMany = async <T>(message: string, choices: readonly Choice<T>[]): Promise<T[]> =>
  unwrap<T[]>(await p.multiselect<T>({ message, options: options(choices), required: false, maxItems: 12 }));

export const askYesNo = async (message: string, initialValue = true): Promise<boolean> =>
  unwrap<boolean>(await p.confirm({ message, initialValue }));

/** Ask for a number within [min, max]; `integer` rejects fractions. Empty input takes `fallback` when given. */
export async function askNumber(
  message: string,
  range: { min: number; max: number; integer?: boolean; fallback?: number },
): Promise<number> {
  const answer = unwrap<string>(
    await p.text({
      message,
      placeholder: range.fallback === undefined ? `${range.min}–${range.max}` : String(range.fallback),
      validate: (raw) => {
        const value = (raw ?? '').trim();
        if (value === '' && range.fallback !== undefined) return undefined;
        const n = Number(value.replace(',', '.'));
        if (value === '' || !Number.isFinite(n)) return `Type a number from ${range.min} to ${range.max}`;
        if (range.integer && !Number.isInteger(n)) return 'Type a whole number';
        if (n < range.min || n > range.max) return `Type a number from ${range.min} to ${range.max}`;
        return undefined;
      },
    }),
  );
  const trimmed = answer.trim();
  return trimmed === '' && range.fallback !== undefined ? range.fallback : Number(trimmed.replace(',', '.'));
}
