/**
 * Commander's own words (section titles, "display help for command", "(default: …)", "(env: …)") in the run's
 * language. Kept light: main.ts imports it, and the texts come from the `cli` catalog already loaded for the help.
 */
import { type Command, Help, type Option } from 'commander';
import type { Translator } from '../../core/i18n/translator';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'cli.help.title.usage',
  'Options:': 'cli.help.title.options',
  'Commands:': 'cli.help.title.commands',
  'Arguments:': 'cli.help.title.arguments',
  'Global Options:': 'cli.help.title.global-options',
};

/** The description of an option with its default and environment variable, worded by `t` (commander's own rule). */
function describeOption(option: Option, t: Translator): string {
  const extra: string[] = [];
  const showDefault =
    option.defaultValue !== undefined &&
    (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
  if (showDefault) {
    const value = option.defaultValueDescription || JSON.stringify(option.defaultValue);
    extra.push(t.t('cli.help.extra.default', { value }));
  }
  if (option.envVar !== undefined) extra.push(t.t('cli.help.extra.env', { name: option.envVar }));
  if (extra.length === 0) return option.description;
  return option.description ? `${option.description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/**
 * Words commander's help on `program` (and every command added to it afterwards, which inherit these settings).
 * @example localiseHelp(new Command(), translator) // "Opciones:", "muestra la ayuda de la orden" under --lang es
 */
export function localiseHelp(program: Command, t: Translator): Command {
  const base = new Help();
  return program
    .configureHelp({
      styleTitle: (title) => {
        const key = TITLES[title];
        return base.styleTitle(key ? t.t(key) : title);
      },
      optionDescription: (option) => describeOption(option, t),
    })
    .helpOption('-h, --help', t.t('cli.help.help'))
    .helpCommand('help [command]', t.t('cli.help.help'))
    .showHelpAfterError(t.t('cli.help.after-error'));
}

/** Commander's usage errors by their English shape, and the `cli.usage.*` message that words each. */
const USAGE_ERRORS: ReadonlyArray<[RegExp, string, readonly string[]]> = [
  [/^error: unknown option '(.+)'$/, 'cli.usage.unknown-option', ['flag']],
  [/^error: unknown command '(.+)'$/, 'cli.usage.unknown-command', ['name']],
  [/^error: missing required argument '(.+)'$/, 'cli.usage.missing-argument', ['name']],
  [/^error: option '(.+)' argument missing$/, 'cli.usage.option-argument-missing', ['flags']],
  [
    /^error: too many arguments.*Expected (\d+) arguments? but got (\d+)\.$/,
    'cli.usage.too-many-arguments',
    ['expected', 'got'],
  ],
  [/^\(Did you mean one of (.+)\?\)$/, 'cli.usage.did-you-mean-one-of', ['names']],
  [/^\(Did you mean (.+)\?\)$/, 'cli.usage.did-you-mean', ['names']],
];

/**
 * A commander usage error (`error: unknown option '--x'`) in the run's language, line by line; flags, commands and
 * argument names stay as typed. English runs, and lines of no known shape, are left as commander wrote them.
 * @example usageErrorIn("error: unknown option '-d'\n", es) // "error: opción desconocida '-d'\n"
 */
export function usageErrorIn(text: string, t: Translator): string {
  if (t.locale === 'en-GB' || t.locale === 'en-US') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [shape, key, names] of USAGE_ERRORS) {
        const match = shape.exec(line);
        if (match) return t.t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])));
      }
      return line;
    })
    .join('\n');
}
