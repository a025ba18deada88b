import { AppError } from '../../app/errors';
import type { ProblemWords } from '../../core/validation/describe-issues';
import { cliLanguage, cliTranslator } from './cli-language';

/** A command's flags by the field path they fill (`startedAt` → `--at`), so a problem names what the person typed. */
export type FlagNames = Readonly<Record<string, string>>;

/**
 * The flag a field path came from, keeping any index after it; paths no flag fills stay as they are.
 * @example flagPath('context[1]', { context: '--context' }) // '--context[1]'
 */
export function flagPath(path: string, flags: FlagNames): string {
  const exact = flags[path];
  if (exact) return exact;
  const head = /^[^.[]+/.exec(path)?.[0] ?? path;
  const flag = flags[head];
  return flag ? `${flag}${path.slice(head.length)}` : path;
}

/** Whether this run words problems from the `problems` catalog (es, de, the pseudo-locale); English keeps the code's. */
const wordsProblemsHere = () => !['en-GB', 'en-US'].includes(cliLanguage().locale);

/**
 * `path: message` lines for problems, worded in the run's language (decision 0040): the field path or flag and the
 * allowed values stay exact. English runs load nothing more.
 * @example await problemLines([{ path: 'region', message: 'required; one of …', words }]) // ['region: obligatorio; uno de …'] under --lang es
 */
export async function problemLines(
  problems: readonly { path: string; message: string; words?: ProblemWords | undefined }[],
  flags: FlagNames = {},
): Promise<string[]> {
  if (!wordsProblemsHere()) return problems.map((p) => `${flagPath(p.path, flags)}: ${p.message}`);
  const [t, { wordProblem }] = await Promise.all([
    cliTranslator(['problems']),
    import('../../core/validation/problem-words'),
  ]);
  return problems.map((p) => `${flagPath(p.path, flags)}: ${wordProblem(p, t)}`);
}

/**
 * One line per problem on stderr; exit 2 for invalid input, 1 otherwise. Lives here (not in a command) so importing it
 * stays light. With `flags`, each problem names the flag rather than the internal field. In es/de the lines and an
 * AppError's detail are worded from the catalogs (its stable code chooses the words when it carries none).
 */
export async function reportCliError(command: string, error: unknown, flags: FlagNames = {}): Promise<void> {
  process.exitCode = error instanceof AppError && error.status < 500 ? 2 : 1;
  if (error instanceof AppError && error.errors?.length) {
    for (const line of await problemLines(error.errors, flags)) process.stderr.write(`${line}\n`);
    return;
  }
  let message = (error as Error).message;
  if (error instanceof AppError && wordsProblemsHere()) {
    const [t, { wordDetail }] = await Promise.all([
      cliTranslator(['problems']),
      import('../../core/validation/problem-words'),
    ]);
    message = wordDetail(error, t);
  }
  process.stderr.write(`knead ${command}: ${message}\n`);
}
