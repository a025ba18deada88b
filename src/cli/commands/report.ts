import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { AppError } from '../../app/errors';
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
export function register(program: Command): void {
  program
    .command('report')
    .description('write the clinician report (PDF, or printable HTML) for a date range of the local journal')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: 90 days before --to)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default: today)')
    .option('-o, --output <file>', 'write to FILE (.pdf or .html); default: standard output when it is not a terminal')
    .option('--format <format>', 'pdf or html (default: from the file extension, else pdf)')
    .option('--data-dir <dir>', 'the local data directory (default: KNEAD_DATA_DIR or the platform default)')
    .addHelpText('after', '\nExample:\n  knead report --from 2026-01-01 --to 2026-03-31 -o report.pdf')
    .action(async (options: ReportOptions) => {
      try {
        const format = options.format ?? (options.output?.toLowerCase().endsWith('.html') ? 'html' : 'pdf');
        if (format !== 'pdf' && format !== 'html') {
          throw new AppError('validation-failed', 400, 'bad format', [
            { path: '--format', message: 'expected pdf or html' },
          ]);
        }
        if (!options.output && process.stdout.isTTY) {
          throw new AppError('validation-failed', 400, 'no output', [
            { path: '--output', message: 'give -o FILE.pdf (a PDF is not printed to a terminal)' },
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
        reportCliError('report', error);
      }
    });
}
