/**
 * The language and country of one `knead` run: `--lang` and `--country` first, else the terminal's LC_ALL,
 * LC_MESSAGES or LANG (decision 0032). Kept light (no zod, no catalog but the source one): main.ts imports it.
 * `explicit` says whether `--lang` or `--country` was given: only then does machine output (`assess --json`) change.
 */
import cliEnGb from '../../core/i18n/compiled/cli/en-GB.js';
import { type AnyLocale, LOCALES, localeTagsFromEnv, negotiateLocale, PSEUDO_LOCALE } from '../../core/i18n/locales';
import { createTranslator, type Translator } from '../../core/i18n/translator';
import { type CarePlace, COUNTRIES, type Country, countryOfLanguage } from '../../core/messages/care-words';

export interface CliLanguage {
  locale: AnyLocale;
  /** True when `--lang` or `--country` was given: only then does JSON output change (LANG alone never does). */
  explicit: boolean;
  place: CarePlace;
}

/** The en-GB CLI texts, loaded with the program: the default, and what tests render without asking. */
export const SOURCE_CLI_TRANSLATOR: Translator = createTranslator('en-GB', { cli: cliEnGb });

/** A problem with `--lang` or `--country`, worded for the person who typed it. */
export class CliLanguageError extends Error {
  override readonly name = 'CliLanguageError';
}

/** The country a bare language stands for when nothing names one: the country its catalog was written for. */
const HOME_COUNTRY: Record<AnyLocale, Country> = { 'en-GB': 'GB', 'en-US': 'US', es: 'ES', de: 'DE', 'en-XA': 'GB' };

function parseLang(tag: string): AnyLocale {
  const trimmed = tag.trim();
  const locale = negotiateLocale([trimmed], true);
  const language = trimmed.toLowerCase().split(/[-_]/)[0];
  // negotiateLocale answers en-GB for anything it does not know: here an unknown language is an error.
  if (locale === 'en-GB' && language !== 'en') {
    throw new CliLanguageError(
      `--lang: "${tag}" is not a language Knead speaks; choose ${LOCALES.join(', ')} (e.g. --lang es)`,
    );
  }
  return locale;
}

function parseCountry(code: string): Country {
  const upper = code.trim().toUpperCase();
  const country = upper === 'UK' ? 'GB' : upper === 'OTHER' ? 'other' : upper;
  if (!(COUNTRIES as readonly string[]).includes(country)) {
    throw new CliLanguageError(
      `--country: "${code}" is not one Knead has care words for; choose ${COUNTRIES.join(', ')}`,
    );
  }
  return country as Country;
}

/**
 * @example resolveCliLanguage({ lang: 'de' }, {}) // { locale: 'de', explicit: true, place: { country: 'DE' } }
 * @example resolveCliLanguage({}, { LANG: 'es_MX.UTF-8' }) // locale 'es', country 'other' (112 unless --country)
 */
export function resolveCliLanguage(
  options: { lang?: string | undefined; country?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): CliLanguage {
  const envTags = localeTagsFromEnv(env);
  const langGiven = options.lang !== undefined;
  const explicit = langGiven || options.country !== undefined;
  const locale = langGiven ? parseLang(options.lang as string) : negotiateLocale(envTags);
  const tags = langGiven ? [options.lang as string] : envTags;
  let country: Country;
  if (options.country !== undefined) country = parseCountry(options.country);
  else {
    const named = countryOfLanguage(tags.map((tag) => tag.replace('_', '-')));
    const hasRegion = tags.some((tag) => /[-_][A-Za-z]{2}\b/.test(tag));
    country = hasRegion ? named : HOME_COUNTRY[locale];
  }
  return { locale, explicit, place: { country } };
}

/** The value of a global `--lang`/`--country` on the command line (`--lang es` or `--lang=es`), before commander parses it. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg === flag) value = argv[i + 1];
    else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1);
  }
  return value;
}

/**
 * The run's language as far as the raw arguments tell, for the help texts, which commander builds before it parses:
 * a bad `--lang` falls back to LANG here and is reported (exit 2) once the command is parsed.
 * @example earlyCliLanguage(['--lang', 'de', 'assess', '--help'], {}).locale // 'de'
 */
export function earlyCliLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliLanguage {
  const options = { lang: flagValue(argv, '--lang'), country: flagValue(argv, '--country') };
  try {
    return resolveCliLanguage(options, env);
  } catch {
    return resolveCliLanguage({}, env);
  }
}

const DEFAULT: CliLanguage = { locale: 'en-GB', explicit: false, place: { country: 'GB' } };
let current: CliLanguage = DEFAULT;
const translators = new Map<string, Promise<Translator>>();

/** Set once by main.ts before a command runs. */
export function setCliLanguage(language: CliLanguage): void {
  current = language;
}

export function cliLanguage(): CliLanguage {
  return current;
}

/** Whether this run speaks anything but today's English with UK care words (then nothing needs loading). */
export function isSourceLanguage(language: CliLanguage = current): boolean {
  return language.locale === 'en-GB' && language.place.country === 'GB';
}

/**
 * A translator for this run with the `cli` namespace and any `extra` ones, loaded on first use (one small chunk
 * per namespace; en-GB's `cli` texts are already in memory).
 */
export async function cliTranslator(extra: readonly string[] = []): Promise<Translator> {
  const { locale } = current;
  if (locale === 'en-GB' && extra.length === 0) return SOURCE_CLI_TRANSLATOR;
  const key = `${locale}|${extra.join(',')}`;
  let pending = translators.get(key);
  if (!pending) {
    pending = import('../../core/i18n/catalogs').then(({ loadTranslator, NAMESPACES }) => {
      const wanted = ['cli', ...extra].filter((n): n is (typeof NAMESPACES)[number] =>
        (NAMESPACES as readonly string[]).includes(n),
      );
      return loadTranslator(locale === PSEUDO_LOCALE ? PSEUDO_LOCALE : locale, wanted);
    });
    translators.set(key, pending);
  }
  return pending;
}
