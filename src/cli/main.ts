import { Command, CommanderError } from 'commander';
import { commands } from './commands/index';
import { localiseHelp, usageErrorIn } from './io/cli-help';
import {
  CliLanguageError,
  cliTranslator,
  earlyCliLanguage,
  resolveCliLanguage,
  setCliLanguage,
} from './io/cli-language';

// A reader that stops early (`knead knowledge --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// The help is worded in the run's language, so it is known before commander parses: only that locale's `cli`
// catalog is loaded (en-GB's is already in memory), none of the bigger ones.
setCliLanguage(earlyCliLanguage(process.argv.slice(2), process.env));
const t = await cliTranslator();

const program = localiseHelp(new Command(), t)
  .name('knead')
  .description(t.t('cli.help.program'))
  .version('0.1.0', '-V, --version', t.t('cli.help.version'))
  .option('--lang <locale>', t.t('cli.help.program.lang'))
  .option('--country <code>', t.t('cli.help.program.country'))
  .configureOutput({ outputError: (text, write) => write(usageErrorIn(text, t)) })
  // Commander exits 1 on a usage error (a missing argument, an unknown option); ours is 2, as for any invalid input.
  .exitOverride();

for (const register of commands) register(program, t);

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
