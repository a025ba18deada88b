import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { EXPORT_FORMAT_IDS } from '../../app/export-format-ids';
import type { Translator } from '../../core/i18n/translator';
import { reportCliError } from '../io/cli-errors';
import { withJournal } from '../io/open-journal';

/** Writes text chunks to standard output, waiting when it is full (a large journal never sits in memory). */
async function writeToStdout(body: AsyncIterable<string>): Promise<void> {
  for await (const text of body) if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** `knead export`: write the whole journal (json is the lossless backup, streamed record by record). */
export function register(program: Command, t: Translator): void {
  program
    .command('export')
    .description(t.t('cli.help.export'))
    .option('-f, --format <format>', t.t('cli.help.export.format', { formats: EXPORT_FORMAT_IDS.join(', ') }), 'json')
    .option('-o, --output <file>', t.t('cli.help.opt.output'))
    .option('-d, --data-dir <dir>', t.t('cli.help.opt.data-dir'))
    .action(async (options: { format: string; output?: string; dataDir?: string }) => {
      try {
        await withJournal({ dataDir: options.dataDir }, async (journal) => {
          const body = await journal.exportAs(options.format);
          if (options.output)
            await pipeline(Readable.from(body, { objectMode: false }), createWriteStream(options.output));
          else await writeToStdout(body);
        });
        if (options.output) process.stderr.write(`${t.t('cli.export.done', { file: options.output })}\n`);
      } catch (error) {
        await reportCliError('export', error);
      }
    });
}
