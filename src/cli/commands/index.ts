import type { Command } from 'commander';
import { register as assess } from './assess';
import { register as check } from './check';
import { register as knowledge } from './knowledge';
import { register as search } from './search';
import { register as session } from './session';

/** Each command lives in its own file and registers itself on the program. Add one line per command. */
export const commands: ReadonlyArray<(program: Command) => void> = [check, assess, knowledge, search, session];
