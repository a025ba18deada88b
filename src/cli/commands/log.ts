import type { Command } from 'commander';
import { ACTIONS, CONTEXTS, REGIONS } from '../../core/vocabulary-lists';
import type { LogOptions } from './log-run';

/** `knead log`: record an episode in the local journal, from flags or interactively. */
export function register(program: Command): void {
  program
    .command('log')
    .description('log a spasm episode in your journal (flags, or questions when run without --region)')
    .option('-r, --region <region>', `where: ${REGIONS.join(', ')}`)
    .option('--side <side>', 'left, right, both or center')
    .option('--at <datetime>', 'when it started: YYYY-MM-DD (taken as local noon) or ISO 8601 with offset; default now')
    .option('--duration <minutes>', 'how long it lasted, in minutes')
    .option('--intensity <0-10>', 'how strong at worst')
    .option('--context <list>', `comma-separated: ${CONTEXTS.join(', ')}`)
    .option('--signs <list>', 'comma-separated signs you noticed')
    .option('--actions <list>', `comma-separated: ${ACTIONS.join(', ')}`)
    .option('--pain-before <0-10>', 'pain before self-care')
    .option('--pain-after <0-10>', 'pain after self-care')
    .option('--response <response>', 'better, same or worse')
    .option('--notes <text>', 'free notes')
    .option('-d, --data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the stored episode as JSON')
    .action(async (options: LogOptions) => {
      const { runLog } = await import('./log-run');
      await runLog(options);
    });
}
