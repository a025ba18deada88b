import { AppError } from './errors';

type Checker = { checkAsync(password: string): Promise<{ score: number }> };
let checker: Promise<Checker> | undefined;

/** zxcvbn-ts with its offline common-password list (~49,000 leaked passwords), loaded on first use. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([{ ZxcvbnFactory }, common]) =>
      new ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary } }),
  );
  return checker;
}

/** zxcvbn score 0–4; below 3 is guessable (common, breached, keyboard walks, dates). */
const MIN_SCORE = 3;
/** The estimate is quadratic-ish in length; the first 100 characters decide. */
const SCORED_LENGTH = 100;

/** Refuses a common, breached or easily guessed password with a 400 naming the field. */
export async function screenPassword(password: string, path = 'password'): Promise<void> {
  const { score } = await (await loadChecker()).checkAsync(password.slice(0, SCORED_LENGTH));
  if (score >= MIN_SCORE) return;
  throw new AppError('weak-password', 400, 'this password is too common or too easy to guess', [
    {
      path,
      message: 'too common or easy to guess (found in lists of leaked passwords or patterns); use a longer phrase',
    },
  ]);
}
