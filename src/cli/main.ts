import { Command, CommanderError } from 'commander';
import { commands } from './commands/index';

// A reader that stops early (`knead knowledge --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command()
  .name('knead')
  .description('Should I massage this muscle spasm, and if so, how? Safe triage, guided massage, a journal.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (text, write) => write(text) })
  // Commander exits 1 on a usage error (a missing argument, an unknown option); ours is 2, as for any invalid input.
  .exitOverride();

for (const register of commands) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode === 0 ? 0 : 2;
}
