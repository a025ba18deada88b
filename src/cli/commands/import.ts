import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app/errors';
import type { Translator } from '../../core/i18n/translator';
import { reportCliError } from '../io/cli-errors';
import { withJournal } from '../io/open-journal';

/** `knead import FILE`: restore a knead-backup JSON file, streamed from disk (all or nothing; re-importing is harmless). */
export function register(program: Command, t: Translator): void {
  program
    .command('import <file>')
    .description(t.t('cli.help.import'))
    .option('-d, --data-dir <dir>', t.t('cli.help.opt.data-dir'))
    .action(async (file: string, options: { dataDir?: string }) => {
      try {
        await access(file).catch((error: Error) => {
          const unreadable = new AppError('invalid-backup', 400, `cannot read ${file}: ${error.message}`);
          unreadable.words = { key: 'cli.import.cannot-read', values: { file, problem: error.message } };
          throw unreadable;
        });
        const imported = await withJournal({ dataDir: options.dataDir }, (journal) =>
          journal.importBackup(createReadStream(file)),
        );
        const total = imported.episodes + imported.checkins + imported.sessions;
        // A repeated import adds nothing: say so, rather than "Imported 10 episodes" again.
        const counts = { added: total - imported.existing, existing: imported.existing };
        const held = { episodes: imported.episodes, checkins: imported.checkins, sessions: imported.sessions };
        process.stdout.write(`${t.t('cli.import.done', { ...counts, ...held })}\n`);
      } catch (error) {
        await reportCliError('import', error);
      }
    });
}
