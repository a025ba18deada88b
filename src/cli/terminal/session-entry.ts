// Runs `knead session` alone (no other commands loaded): the pseudo-terminal tests drive this entry.
import { Command } from 'commander';
import { register } from '../commands/session';

const program = new Command().name('knead').configureOutput({ outputError: (text, write) => write(text) });
register(program);
await program.parseAsync(process.argv);
