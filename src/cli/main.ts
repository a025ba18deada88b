import { Command } from 'commander';
import { commands } from './commands/index';

const program = new Command()
  .name('knead')
  .description('Should I massage this muscle spasm, and if so, how? Safe triage, guided massage, a journal.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (text, write) => write(text) });

for (const register of commands) register(program);

await program.parseAsync(process.argv);
