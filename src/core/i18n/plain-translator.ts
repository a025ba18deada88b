// The translator without the pseudo-locale built in, apart from translator.ts so that the web's first load, which
// builds its translators here, never carries the pseudo-locale's table (decision 0033).
import type { AnyLocale, Locale } from './locales';
import { PSEUDO_LOCALE, SOURCE_LOCALE } from './locales';

/** The values a message's placeholders take: `{count, plural, …}`, `{name}`, `{n, number}`. */
export type MessageValues = Readonly<Record<string, string | number | boolean | Date | null | undefined>>;
/** One namespace of one locale, compiled from ICU MessageFormat (scripts/build-messages.js): key → function. */
export type CompiledMessages = Readonly<Record<string, (values?: MessageValues) => string>>;
/** Loaded namespaces: `{ care: {...}, assessment: {...} }`. */
export type LoadedCatalog = Readonly<Partial<Record<string, CompiledMessages>>>;

export interface Translator {
  readonly locale: AnyLocale;
  /** The BCP 47 tag for `lang` attributes and `Content-Language`. */
  readonly lang: string;
  /** The message `namespace.key` with its placeholders filled. Throws MissingMessageError for an unknown key. */
  t(key: string, values?: MessageValues): string;
  has(key: string): boolean;
  /** A number in the locale's digits and separators (Intl.NumberFormat). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A date or time in the locale's order and words (Intl.DateTimeFormat). */
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** "a, b and c" in the locale's words (Intl.ListFormat). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/** A key that no loaded catalog has. The catalog test makes this a bug caught before release. */
export class MissingMessageError extends Error {
  override readonly name = 'MissingMessageError';
  constructor(
    readonly key: string,
    readonly locale: AnyLocale,
  ) {
    super(`No message "${key}" in locale ${locale} (is its namespace loaded?)`);
  }
}

function split(key: string): [string, string] {
  const dot = key.indexOf('.');
  return dot < 0 ? ['', key] : [key.slice(0, dot), key.slice(dot + 1)];
}

/**
 * createTranslator with the text's decoration given (the pseudo-locale's, or none): the web passes the pseudo-locale's
 * once it has loaded it, so its first load never carries it (decision 0033).
 *
 * @example
 * createTranslatorWith('en-GB', { web: webEnGb }, (text) => text).t('web.shell.skip');
 */
export function createTranslatorWith(
  locale: AnyLocale,
  catalog: LoadedCatalog,
  decorate: (text: string) => string,
): Translator {
  const intlLocale: Locale = locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale;
  const find = (key: string) => {
    const [namespace, name] = split(key);
    return catalog[namespace]?.[name];
  };
  return {
    locale,
    lang: locale,
    t(key, values) {
      const message = find(key);
      if (!message) throw new MissingMessageError(key, locale);
      return decorate(message(values));
    },
    has: (key) => find(key) !== undefined,
    number: (value, options) => new Intl.NumberFormat(intlLocale, options).format(value),
    date: (value, options) => new Intl.DateTimeFormat(intlLocale, options).format(value),
    list: (items, type = 'conjunction') => new Intl.ListFormat(intlLocale, { type }).format(items),
  };
}
