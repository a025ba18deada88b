import type { AnyLocale } from '../i18n/locales';
import { processTermDe, stemDe, tokenizeDe } from './stem-de';
import { processTermEs, stemEs, tokenizeEs } from './stem-es';
import { processSearchTerm, stemWord, tokenizeText } from './text';

/** The languages search analyses text in: each locale's texts are searched with its own language's rules. */
export type SearchLanguage = 'en' | 'es' | 'de';

/** How one language turns text into index terms: tokens, stop words and stems (decision 0034). */
export interface Analyser {
  language: SearchLanguage;
  /** Lower-case words, as the language's tokenizer splits them. */
  tokenize(text: string): string[];
  /** The index's processTerm: null for a stop word, else the stem (German adds a compound's parts). */
  processTerm(term: string): string | string[] | null;
  /** The stem of one token, stop words kept (for synonym phrases such as "por qué"). */
  stem(word: string): string;
}

const ANALYSERS: Readonly<Record<SearchLanguage, Analyser>> = {
  en: { language: 'en', tokenize: tokenizeText, processTerm: processSearchTerm, stem: stemWord },
  es: { language: 'es', tokenize: tokenizeEs, processTerm: processTermEs, stem: stemEs },
  de: { language: 'de', tokenize: tokenizeDe, processTerm: processTermDe, stem: stemDe },
};

/** en-GB, en-US and the pseudo-locale search in English; es in Spanish; de in German. */
export function searchLanguageOf(locale: AnyLocale): SearchLanguage {
  return locale === 'es' || locale === 'de' ? locale : 'en';
}

export function analyserFor(language: SearchLanguage): Analyser {
  return ANALYSERS[language];
}

/** Tokenizes and processes a text into the terms the index stores. */
export function analyseWith(analyser: Analyser, text: string): string[] {
  return analyser.tokenize(text).flatMap((token) => analyser.processTerm(token) || []);
}

/** Stems every word, keeping stop words: phrases such as "stop getting" or "por qué" need them. */
export function stemPhraseWith(analyser: Analyser, text: string): string[] {
  return analyser.tokenize(text).map((token) => analyser.stem(token));
}
