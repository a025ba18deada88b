import type { AnyLocale } from './locales';
import { PSEUDO_LOCALE } from './locales';
import { createTranslatorWith, type LoadedCatalog, type Translator } from './plain-translator';
import { pseudoLocalise } from './pseudo';

export type { CompiledMessages, LoadedCatalog, MessageValues, Translator } from './plain-translator';
export { createTranslatorWith, MissingMessageError } from './plain-translator';

/**
 * A translator over already loaded namespaces. For the pseudo-locale pass the source locale's catalog: its
 * texts come back accented and longer.
 *
 * @example
 * createTranslator('es', { care: careEs }).t('care.call', { number: '112' });
 */
export function createTranslator(locale: AnyLocale, catalog: LoadedCatalog): Translator {
  return createTranslatorWith(locale, catalog, locale === PSEUDO_LOCALE ? pseudoLocalise : (text) => text);
}
