import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app/errors';
import type { Translator } from '../../core/i18n/translator';
import { reportCliError } from '../io/cli-errors';
import { cliLanguage, cliTranslator } from '../io/cli-language';
import { withJournal } from '../io/open-journal';

interface ReportOptions {
  from?: string;
  to?: string;
  output?: string;
  format?: string;
  dataDir?: string;
}

/** `knead report --from DATE --to DATE -o FILE.pdf`: the clinician report from the local journal. */
export function register(program: Command, t: Translator): void {
  program
    .command('report')
    .description(t.t('cli.help.report'))
    .option('--from <date>', t.t('cli.help.report.from'))
    .option('--to <date>', t.t('cli.help.report.to'))
    .option('-o, --output <file>', t.t('cli.help.report.output'))
    .option('--format <format>', t.t('cli.help.report.format'))
    .option('--data-dir <dir>', t.t('cli.help.opt.data-dir-local'))
    .addHelpText('after', t.t('cli.help.report.after'))
    .action(async (options: ReportOptions) => {
      try {
        const format = options.format ?? (options.output?.toLowerCase().endsWith('.html') ? 'html' : 'pdf');
        if (format !== 'pdf' && format !== 'html') {
          throw new AppError('validation-failed', 400, 'bad format', [
            { path: '--format', message: 'expected pdf or html', words: { key: 'cli.report.format-invalid' } },
          ]);
        }
        if (!options.output && process.stdout.isTTY) {
          throw new AppError('validation-failed', 400, 'no output', [
            {
              path: '--output',
              message: 'give -o FILE.pdf (a PDF is not printed to a terminal)',
              words: { key: 'cli.report.no-output' },
            },
          ]);
        }
        const range = { from: options.from, to: options.to };
        // pdfkit and the database load only here (withJournal), so other commands don't pay for them.
        const { locale } = cliLanguage();
        const body = await withJournal({ dataDir: options.dataDir }, (journal) =>
          journal.report(format, range, locale),
        );
        if (options.output) {
          await writeFile(options.output, body);
          process.stderr.write(`${(await cliTranslator()).t('cli.wrote', { file: options.output })}\n`);
        } else {
          process.stdout.write(body);
        }
      } catch (error) {
        await reportCliError('report', error);
      }
    });
}
