import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXPORT_FORMATS } from '../../app/export-formats';
import { reportCliError } from '../io/cli-errors';

/** `knead export`: write the whole journal (json is the lossless backup). */
export function register(program: Command): void {
  program
    .command('export')
    .description('export your journal (json: the lossless backup `knead import` reads)')
    .option('-f, --format <format>', `one of ${Object.keys(EXPORT_FORMATS).join(', ')}`, 'json')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('-d, --data-dir <dir>', 'embedded database directory')
    .action(async (options: { format: string; output?: string; dataDir?: string }) => {
      try {
        const { withKnead } = await import('../../app/open-knead');
        const { body } = await withKnead({ dataDir: options.dataDir }, (knead, user) =>
          knead.exportAs(user, options.format),
        );
        if (options.output) {
          writeFileSync(options.output, body);
          process.stderr.write(`Exported to ${options.output}\n`);
        } else process.stdout.write(body);
      } catch (error) {
        reportCliError('export', error);
      }
    });
}
