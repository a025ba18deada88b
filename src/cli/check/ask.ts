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
/** The words askNumber says when an answer is not a number in range (en-GB by default). */
export interface NumberPromptWords {
  range: (min: number, max: number) => string;
  whole: string;
}

const SOURCE_NUMBER_WORDS: NumberPromptWords = {
  range: (min, max) => `Type a number from ${min} to ${max}`,
  whole: 'Type a whole number',
};

export async function askNumber(
  message: string,
  range: { min: number; max: number; integer?: boolean; fallback?: number },
  words: NumberPromptWords = SOURCE_NUMBER_WORDS,
): Promise<number> {
  const answer = unwrap<string>(
    await p.text({
      message,
      placeholder: range.fallback === undefined ? `${range.min}–${range.max}` : String(range.fallback),
      validate: (raw) => {
        const value = (raw ?? '').trim();
        if (value === '' && range.fallback !== undefined) return undefined;
        const n = Number(value.replace(',', '.'));
        if (value === '' || !Number.isFinite(n)) return words.range(range.min, range.max);
        if (range.integer && !Number.isInteger(n)) return words.whole;
        if (n < range.min || n > range.max) return words.range(range.min, range.max);
        return undefined;
      },
    }),
  );
  const trimmed = answer.trim();
  return trimmed === '' && range.fallback !== undefined ? range.fallback : Number(trimmed.replace(',', '.'));
}
