import type { Namespace } from '../../core/i18n/catalogs';
import webSource from '../../core/i18n/compiled/web/en-GB.js';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { createTranslatorWith } from '../../core/i18n/plain-translator';
import type { CompiledMessages, Translator } from '../../core/i18n/translator';

/**
 * The source language's messages, bundled with the code that shows them: the shell's in the first bundle, each
 * page's in that page's chunk (lib/namespaces/). en-GB never waits for a catalog chunk; other locales load theirs.
 */
const sourceCatalog: Partial<Record<Namespace, CompiledMessages>> = { web: webSource };

/** The en-GB translator over every bundled namespace: the default of the pure helpers that produce text. */
export const sourceTranslator: Translator = createTranslatorWith(SOURCE_LOCALE, sourceCatalog, (text) => text);

/** Bundles a namespace's en-GB messages with the module that imports them; returns the namespace for `useT`. */
export function registerSource<N extends Namespace>(namespace: N, messages: CompiledMessages): N {
  sourceCatalog[namespace] = messages;
  return namespace;
}

export function sourceMessages(namespace: Namespace): CompiledMessages | undefined {
  return sourceCatalog[namespace];
}
