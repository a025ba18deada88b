import { AppError } from '../../app/errors';

/** One line per problem on stderr; exit 2 for invalid input, 1 otherwise. Lives here (not in a command) so importing it stays light. */
export function reportCliError(command: string, error: unknown): void {
  if (error instanceof AppError && error.errors?.length) {
    for (const e of error.errors) process.stderr.write(`${e.path}: ${e.message}\n`);
  } else {
    process.stderr.write(`knead ${command}: ${(error as Error).message}\n`);
  }
  process.exitCode = error instanceof AppError && error.status < 500 ? 2 : 1;
}
