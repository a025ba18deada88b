import type { Command } from 'commander';
import type { PatientProfile, PatientProfileInput } from '../../core/patient-profile';
import { reportCliError } from '../io/cli-errors';
import { withJournal } from '../io/open-journal';

interface ProfileOptions {
  name?: string;
  born?: string;
  id?: string;
  clear?: boolean;
  dataDir?: string;
}

/** The profile as lines for the terminal. */
export function describeProfile(profile: PatientProfile): string[] {
  const lines = [
    profile.displayName ? `Name: ${profile.displayName}` : null,
    profile.dateOfBirth ? `Date of birth: ${profile.dateOfBirth}` : null,
    profile.identifier ? `Identifier: ${profile.identifier}` : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines : ['No details saved: reports name no patient.'];
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
export function register(program: Command): void {
  program
    .command('profile')
    .description("show or set the optional details for your clinician's report (used only on reports)")
    .option('--name <name>', 'your name as your clinician knows you ("" to clear)')
    .option('--born <date>', 'date of birth, YYYY-MM-DD ("" to clear)')
    .option('--id <identifier>', 'a patient identifier, e.g. an NHS number or clinic id ("" to clear)')
    .option('--clear', 'remove every detail')
    .option('--data-dir <dir>', 'the local data directory (default: KNEAD_DATA_DIR or the platform default)')
    .addHelpText('after', '\nExample:\n  knead profile --name "Ann Example" --born 1958-04-12 --id "NHS 943 476 5919"')
    .action(async (options: ProfileOptions) => {
      try {
        const profile = await withJournal({ dataDir: options.dataDir }, async (journal) => {
          const replacement = mergeProfile(await journal.profile(), options);
          return replacement === null ? journal.profile() : journal.profile(replacement);
        });
        process.stdout.write(`${describeProfile(profile).join('\n')}\n`);
      } catch (error) {
        reportCliError('profile', error);
      }
    });
}
