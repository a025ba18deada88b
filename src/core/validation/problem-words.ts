import type { Translator } from '../i18n/translator';
import type { ProblemWords } from './describe-issues';

/**
 * Whether problems are worded from the `problems` catalog in this locale. English keeps the message the code wrote
 * (often more precise than the catalog's one text per error code, and en-US's English is the same): the en-GB answer
 * stays byte for byte what it was.
 */
export function wordsProblems(t: Translator): boolean {
  return !(t.locale === 'en-GB' || t.locale === 'en-US') && t.has('problems.type');
}

/**
 * A problem's message in `t`'s language (the `problems` namespace must be loaded); the en-GB message when it has no
 * words (a schema's own custom message) or the locale is English.
 * @example wordProblem({ message: 'required; one of …', words: { key: 'problems.field.required-one-of', values: { allowed: 'a, b' } } }, es) // 'obligatorio; uno de a, b'
 */
export function wordProblem(problem: { message: string; words?: ProblemWords | undefined }, t: Translator): string {
  const words = problem.words;
  if (!words || !wordsProblems(t) || !t.has(words.key)) return problem.message;
  return t.t(words.key, {
    ...words.values,
    ...(words.got ? { got: t.t('problems.value', words.got) } : {}),
    ...(words.expected ? { expected: t.t('problems.type', { type: words.expected }) } : {}),
  });
}

/**
 * An error's `detail` in `t`'s language: its own words, else the one text its stable code has, else as written.
 * @example wordDetail({ code: 'not-found', message: 'episode not found' }, de) // 'nicht gefunden'
 */
export function wordDetail(
  error: { code: string; message: string; words?: ProblemWords | undefined },
  t: Translator,
): string {
  if (!wordsProblems(t)) return error.message;
  if (error.words && t.has(error.words.key)) return wordProblem(error, t);
  const key = `problems.detail.${error.code}`;
  return t.has(key) ? t.t(key) : error.message;
}
