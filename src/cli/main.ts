import { Command } from 'commander';
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
  .configureOutput({ outputError: (text, write) => write(text) });

for (const register of commands) register(program);

await program.parseAsync(process.argv);
