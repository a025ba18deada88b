import { createContext, type ReactNode, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Namespace } from '../../core/i18n/catalogs';
import {
  type AnyLocale,
  isLocale,
  LOCALES,
  type Locale,
  negotiateLocale,
  PSEUDO_LOCALE,
  SOURCE_LOCALE,
} from '../../core/i18n/locales';
import { createTranslatorWith } from '../../core/i18n/plain-translator';
import type { CompiledMessages, LoadedCatalog, Translator } from '../../core/i18n/translator';
import { HOME } from './namespaces/home';
import { SETTINGS_KEY, useSettings } from './settings';
import { sourceMessages } from './source-messages';
import { loadStored } from './stored-state';

/**
 * The web's language (decision 0033): the one chosen in Settings, else the browser's languages. The source
 * language's `web` and `common` messages ship in the first bundle so en-GB paints at once; every other
 * namespace × locale is its own chunk, loaded before the page that needs it renders (Suspense), so no page ever
 * shows the wrong language first.
 */

/** The namespaces every page uses (header, navigation, shell). */
export const SHELL_NAMESPACES: readonly Namespace[] = ['web'];
/** Locales whose translation no clinician has reviewed yet (docs/translations.md). */
export const UNREVIEWED_LOCALES: readonly Locale[] = ['en-US', 'es', 'de'];
/** `?lang=en-XA` (or any locale) for tests and screenshots: this tab only, never stored. */
const OVERRIDE_KEY = 'knead.lang-override';

/** One namespace × locale chunk, through the catalog map's own chunk (lib/catalog-files.ts). */
const loadFile = (namespace: Namespace, locale: Locale) =>
  import('./catalog-files').then(({ loadCatalogFile }) => loadCatalogFile(namespace, locale));

const loaded = new Map<string, CompiledMessages>();
const pending = new Map<string, Promise<void>>();
/** Chunks that would not load (offline before the service worker kept them): the source messages stand in. */
const failed = new Set<string>();
const sourceOf = (locale: AnyLocale): Locale => (locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale);
const cacheKey = (locale: AnyLocale, namespace: string) => `${sourceOf(locale)}/${namespace}`;

/** A namespace's messages if they are here: loaded, or (en-GB) bundled with the code. */
function messagesOf(locale: AnyLocale, namespace: Namespace): CompiledMessages | undefined {
  const key = cacheKey(locale, namespace);
  const own = loaded.get(key);
  if (own) return own;
  return sourceOf(locale) === SOURCE_LOCALE || failed.has(key) ? sourceMessages(namespace) : undefined;
}

/** The pseudo-locale's accents, loaded only when it is asked for (`?lang=en-XA`): never part of a first load. */
let pseudoLocalise: ((text: string) => string) | null = null;
const loadPseudo = () =>
  import('../../core/i18n/pseudo').then(
    (module) => {
      pseudoLocalise = module.pseudoLocalise;
    },
    () => {
      // Offline before the chunk was kept: the source text, undecorated.
      pseudoLocalise = (text) => text;
    },
  );

function isLoaded(locale: AnyLocale, namespaces: readonly Namespace[]): boolean {
  if (locale === PSEUDO_LOCALE && !pseudoLocalise) return false;
  return namespaces.every((namespace) => messagesOf(locale, namespace) !== undefined);
}

/** Loads the namespaces of a locale (one chunk each); resolves at once for what is already here. */
export function preloadNamespaces(locale: AnyLocale, namespaces: readonly Namespace[]): Promise<void> {
  const missing = namespaces.filter((namespace) => messagesOf(locale, namespace) === undefined);
  const decoration = locale === PSEUDO_LOCALE && !pseudoLocalise ? [loadPseudo()] : [];
  return Promise.all([
    ...decoration,
    ...missing.map((namespace) => {
      const key = cacheKey(locale, namespace);
      const started = pending.get(key);
      if (started) return started;
      const promise = loadFile(namespace, sourceOf(locale)).then(
        (module) => {
          loaded.set(key, module.default);
          pending.delete(key);
        },
        () => {
          failed.add(key);
          pending.delete(key);
        },
      );
      pending.set(key, promise);
      return promise;
    }),
  ]).then(() => undefined);
}

function translatorFor(locale: AnyLocale, namespaces: readonly Namespace[]): Translator {
  const catalog: Record<string, CompiledMessages> = {};
  for (const namespace of namespaces) {
    const messages = messagesOf(locale, namespace);
    if (messages) catalog[namespace] = messages;
  }
  const decorate = locale === PSEUDO_LOCALE && pseudoLocalise ? pseudoLocalise : (text: string) => text;
  return createTranslatorWith(locale, catalog as LoadedCatalog, decorate);
}

/** The browser's preferred languages, most wanted first. */
function browserTags(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** A `?lang=` on the address (tests, screenshots) holds for this tab until the tab closes. */
function readOverride(): AnyLocale | null {
  if (typeof window === 'undefined') return null;
  try {
    const asked = new URLSearchParams(window.location.search).get('lang');
    if (asked) {
      const locale = negotiateLocale([asked], true);
      window.sessionStorage.setItem(OVERRIDE_KEY, locale);
      return locale;
    }
    const kept = window.sessionStorage.getItem(OVERRIDE_KEY);
    return kept === PSEUDO_LOCALE || (kept !== null && isLocale(kept)) ? (kept as AnyLocale) : null;
  } catch {
    return null;
  }
}

/** The language stored in Settings (null: follow the browser). */
export function readChosenLanguage(stored: { language?: unknown }): Locale | null {
  return typeof stored.language === 'string' && isLocale(stored.language) ? stored.language : null;
}

/** The locale to show: the tab's `?lang=`, else the one chosen in Settings, else the browser's languages. */
export function resolveLocale(chosen: Locale | null, override: AnyLocale | null = readOverride()): AnyLocale {
  return override ?? chosen ?? negotiateLocale(browserTags());
}

/** Before the first render: the locale's shell messages are loaded and `<html lang>` is set, so nothing flashes. */
export async function prepareLocale(): Promise<AnyLocale> {
  const locale = resolveLocale(readChosenLanguage(loadStored<{ language?: unknown }>(SETTINGS_KEY, {})));
  document.documentElement.lang = locale;
  // The home page is in the first bundle: its messages come with the shell's, in parallel.
  const first: Namespace[] = window.location.pathname === '/' ? [...SHELL_NAMESPACES, HOME] : [...SHELL_NAMESPACES];
  await preloadNamespaces(locale, first).catch(() => undefined);
  return locale;
}

const LocaleContext = createContext<AnyLocale>(SOURCE_LOCALE);

/** Gives the pages the locale; keeps `<html lang>` in step with it. */
export function I18nProvider({ locale, children }: { locale: AnyLocale; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/**
 * The locale from Settings (or the browser), switched only once the new locale's shell messages are here: the
 * page keeps its language until the other one can replace it whole.
 */
export function LocaleRoot({ initial, children }: { initial: AnyLocale; children: ReactNode }) {
  const [settings] = useSettings();
  const wanted = resolveLocale(settings.language);
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (wanted === shown) return;
    let live = true;
    void preloadNamespaces(wanted, SHELL_NAMESPACES).then(() => live && setShown(wanted));
    return () => {
      live = false;
    };
  }, [wanted, shown]);
  return <I18nProvider locale={shown}>{children}</I18nProvider>;
}

/** Picking a language in Settings ends a `?lang=` override of this tab. */
export function clearLocaleOverride(): void {
  try {
    window.sessionStorage.removeItem(OVERRIDE_KEY);
  } catch {
    // Storage disabled: there was no override to keep.
  }
}

export function useLocale(): AnyLocale {
  return useContext(LocaleContext);
}

const subscribers = new Set<() => void>();
let version = 0;
function subscribe(listener: () => void) {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

/**
 * The translator for the current locale with the shell's namespace and `pages` loaded (lib/namespaces/). Suspends
 * the first time a namespace of this locale is needed, until its chunk is here.
 */
export function useT(...pages: Namespace[]): Translator {
  const locale = useLocale();
  const namespaces = pages.length === 0 ? SHELL_NAMESPACES : [...SHELL_NAMESPACES, ...pages];
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  const ready = isLoaded(locale, namespaces);
  const key = namespaces.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for namespaces; ready flips once loaded.
  const translator = useMemo(() => translatorFor(locale, namespaces), [locale, key, ready]);
  if (!ready) {
    throw preloadNamespaces(locale, namespaces).then(() => {
      version += 1;
      for (const listener of subscribers) listener();
    });
  }
  return translator;
}

/** The four languages, each named in itself (the same in every locale), for the picker; never the pseudo-locale. */
export function listLanguages({ t }: Translator): { value: Locale; label: string }[] {
  return LOCALES.map((locale) => ({ value: locale, label: t(`web-settings.language.${locale}`) }));
}
