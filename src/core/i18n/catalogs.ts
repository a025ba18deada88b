import { LOADERS, NAMESPACES, type Namespace } from './compiled/index';
import { type AnyLocale, type Locale, PSEUDO_LOCALE, SOURCE_LOCALE } from './locales';
import { type CompiledMessages, createTranslator, type Translator } from './translator';

export { NAMESPACES, type Namespace };

/** The namespaces of one locale, loaded on demand (in the web, one chunk per namespace and locale). */
export async function loadCatalog(
  locale: AnyLocale,
  namespaces: readonly Namespace[] = NAMESPACES,
): Promise<Record<string, CompiledMessages>> {
  const source: Locale = locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale;
  const modules = await Promise.all(namespaces.map((namespace) => LOADERS[namespace][source]()));
  return Object.fromEntries(namespaces.map((namespace, index) => [namespace, modules[index]!.default]));
}

/** A translator for `locale` with `namespaces` loaded (all of them by default: the server and the CLI). */
export async function loadTranslator(
  locale: AnyLocale,
  namespaces: readonly Namespace[] = NAMESPACES,
): Promise<Translator> {
  return createTranslator(locale, await loadCatalog(locale, namespaces));
}
