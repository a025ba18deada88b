import { Command, CommanderError } from 'commander';
import { commands } from './commands/index';
import { CliLanguageError, resolveCliLanguage, setCliLanguage } from './io/cli-language';

// A reader that stops early (`knead knowledge --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command()
  .name('knead')
  .description('Should I massage this muscle spasm, and if so, how? Safe triage, guided massage, a journal.')
  .version('0.1.0')
  .option(
    '--lang <locale>',
    'language of the text output: en-GB, en-US, es or de (default: from LC_ALL, LC_MESSAGES, LANG)',
  )
  .option(
    '--country <code>',
    'country for care words and emergency numbers: GB, US, ES, DE or other (default: from the language)',
  )
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (text, write) => write(text) })
  // Commander exits 1 on a usage error (a missing argument, an unknown option); ours is 2, as for any invalid input.
  .exitOverride();

for (const register of commands) register(program);

// The language is settled before any command runs; a bad --lang or --country is invalid input (exit 2).
program.hook('preAction', (_program, command) => {
  const { lang, country } = command.optsWithGlobals<{ lang?: string; country?: string }>();
  setCliLanguage(resolveCliLanguage({ lang, country }, process.env));
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliLanguageError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else if (!(error instanceof CommanderError)) throw error;
  else process.exitCode = error.exitCode === 0 ? 0 : 2;
}
