import commonSource from '../../core/i18n/compiled/common/en-GB.js';
import webSource from '../../core/i18n/compiled/web/en-GB.js';
import { SOURCE_LOCALE } from '../../core/i18n/locales';
import { createTranslator, type Translator } from '../../core/i18n/translator';

/** The source language's shell messages, in the first bundle: en-GB paints without waiting for a chunk. */
export { commonSource, webSource };

/** The en-GB translator over the bundled namespaces: the default of the pure helpers that produce text. */
export const sourceTranslator: Translator = createTranslator(SOURCE_LOCALE, { web: webSource, common: commonSource });
