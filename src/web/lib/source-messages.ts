import type { Namespace } from '../../core/i18n/catalogs';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { type CompiledMessages, createTranslator, type Translator } from '../../core/i18n/translator';

/**
 * The source language's page messages, bundled with the page that shows them (lib/namespaces/): a page of the
 * questionnaire, session, journal or settings never waits for a catalog chunk in en-GB. The shell's `web` namespace
 * is loaded per locale like every other (lib/i18n.tsx): the first page's JavaScript stays within its budget.
 */
const sourceCatalog: Partial<Record<Namespace, CompiledMessages>> = {};

/** The en-GB translator over every bundled namespace: the default of the pure helpers that produce text. */
export const sourceTranslator: Translator = createTranslator(SOURCE_LOCALE, sourceCatalog);

/** Bundles a namespace's en-GB messages with the module that imports them; returns the namespace for `useT`. */
export function registerSource<N extends Namespace>(namespace: N, messages: CompiledMessages): N {
  sourceCatalog[namespace] = messages;
  return namespace;
}

export function sourceMessages(namespace: Namespace): CompiledMessages | undefined {
  return sourceCatalog[namespace];
}
