import type { Command } from 'commander';

/** Each command lives in its own file and registers itself on the program. Add one line per command. */
export const commands: ReadonlyArray<(program: Command) => void> = [];
