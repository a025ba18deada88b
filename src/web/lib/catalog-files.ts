import type { Namespace } from '../../core/i18n/catalogs';
import type { Locale } from '../../core/i18n/locales';
import type { CompiledMessages } from '../../core/i18n/translator';

/**
 * The catalogs the web can load: its own namespaces and the core's it shows (one chunk per namespace × locale).
 * A glob rather than the compiled registry, so no bundle lists the CLI's and the report's catalogs. Its own chunk,
 * loaded on the first catalog a page asks for: en-GB pages bundle their messages and never load it, so the map of
 * ~60 loaders stays out of the first bundle.
 */
const CATALOG_FILES = import.meta.glob<{ default: CompiledMessages }>(
  '../../core/i18n/compiled/{web,web-*,assessment,care,labels,plan,knowledge,search,insights}/*.js',
);

export function loadCatalogFile(namespace: Namespace, locale: Locale): Promise<{ default: CompiledMessages }> {
  const load = CATALOG_FILES[`../../core/i18n/compiled/${namespace}/${locale}.js`];
  if (!load) return Promise.reject(new Error(`No catalog ${namespace}/${locale} in the web bundle`));
  return load();
}
