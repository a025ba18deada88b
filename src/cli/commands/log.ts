import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import { ACTIONS, CONTEXTS, REGIONS } from '../../core/vocabulary-lists';
import type { LogOptions } from './log-run';

/** `knead log`: record an episode in the local journal, from flags or interactively. */
export function register(program: Command, t: Translator): void {
  program
    .command('log')
    .description(t.t('cli.help.log'))
    .option('-r, --region <region>', t.t('cli.help.log.region', { regions: REGIONS.join(', ') }))
    .option('--side <side>', t.t('cli.help.opt.side'))
    .option('--at <datetime>', t.t('cli.help.log.at'))
    .option('--duration <minutes>', t.t('cli.help.log.duration'))
    .option('--intensity <0-10>', t.t('cli.help.log.intensity'))
    .option('--context <list>', t.t('cli.help.log.context', { contexts: CONTEXTS.join(', ') }))
    .option('--signs <list>', t.t('cli.help.log.signs'))
    .option('--actions <list>', t.t('cli.help.log.actions', { actions: ACTIONS.join(', ') }))
    .option('--pain-before <0-10>', t.t('cli.help.log.pain-before'))
    .option('--pain-after <0-10>', t.t('cli.help.log.pain-after'))
    .option('--response <response>', t.t('cli.help.log.response'))
    .option('--notes <text>', t.t('cli.help.log.notes'))
    .option('-d, --data-dir <dir>', t.t('cli.help.opt.data-dir'))
    .option('--json', t.t('cli.help.log.json'))
    .action(async (options: LogOptions) => {
      const { runLog } = await import('./log-run');
      await runLog(options);
    });
}
