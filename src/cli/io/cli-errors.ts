import { AppError } from '../../app/errors';

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

/**
 * One line per problem on stderr; exit 2 for invalid input, 1 otherwise. Lives here (not in a command) so importing it
 * stays light. With `flags`, each problem names the flag rather than the internal field.
 */
export function reportCliError(command: string, error: unknown, flags: FlagNames = {}): void {
  if (error instanceof AppError && error.errors?.length) {
    for (const e of error.errors) process.stderr.write(`${flagPath(e.path, flags)}: ${e.message}\n`);
  } else {
    process.stderr.write(`knead ${command}: ${(error as Error).message}\n`);
  }
  process.exitCode = error instanceof AppError && error.status < 500 ? 2 : 1;
}
