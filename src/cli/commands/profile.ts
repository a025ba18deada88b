import type { Command } from 'commander';
import type { Translator } from '../../core/i18n/translator';
import type { PatientProfile, PatientProfileInput } from '../../core/patient-profile';
import { reportCliError } from '../io/cli-errors';
import { SOURCE_CLI_TRANSLATOR } from '../io/cli-language';
import { withJournal } from '../io/open-journal';

interface ProfileOptions {
  name?: string;
  born?: string;
  id?: string;
  clear?: boolean;
  dataDir?: string;
}

/** The profile as lines for the terminal. */
export function describeProfile(profile: PatientProfile, t: Translator = SOURCE_CLI_TRANSLATOR): string[] {
  const lines = [
    profile.displayName ? t.t('cli.profile.name', { name: profile.displayName }) : null,
    profile.dateOfBirth ? t.t('cli.profile.born', { date: profile.dateOfBirth }) : null,
    profile.identifier ? t.t('cli.profile.identifier', { identifier: profile.identifier }) : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines : [t.t('cli.profile.none')];
}

/** The options given, over the stored profile (an empty value clears that field); null when nothing changes. */
export function mergeProfile(stored: PatientProfile, options: ProfileOptions): PatientProfileInput | null {
  if (options.clear) return {};
  if (options.name === undefined && options.born === undefined && options.id === undefined) return null;
  return {
    ...stored,
    ...(options.name !== undefined ? { displayName: options.name } : {}),
    ...(options.born !== undefined ? { dateOfBirth: options.born } : {}),
    ...(options.id !== undefined ? { identifier: options.id } : {}),
  };
}

/** `knead profile [--name N] [--born YYYY-MM-DD] [--id ID] [--clear]`: the details `knead report` prints. */
export function register(program: Command, t: Translator): void {
  program
    .command('profile')
    .description(t.t('cli.help.profile'))
    .option('--name <name>', t.t('cli.help.profile.name'))
    .option('--born <date>', t.t('cli.help.profile.born'))
    .option('--id <identifier>', t.t('cli.help.profile.id'))
    .option('--clear', t.t('cli.help.profile.clear'))
    .option('--data-dir <dir>', t.t('cli.help.opt.data-dir-local'))
    .addHelpText('after', t.t('cli.help.profile.after'))
    .action(async (options: ProfileOptions) => {
      try {
        const profile = await withJournal({ dataDir: options.dataDir }, async (journal) => {
          const replacement = mergeProfile(await journal.profile(), options);
          return replacement === null ? journal.profile() : journal.profile(replacement);
        });
        process.stdout.write(`${describeProfile(profile, t).join('\n')}\n`);
      } catch (error) {
        await reportCliError('profile', error);
      }
    });
}
