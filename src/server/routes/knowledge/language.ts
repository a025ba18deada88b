import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadTranslator } from '../../../core/i18n/catalogs';
import { LOCALES, type Locale, negotiateLocale, parseAcceptLanguage } from '../../../core/i18n/locales';
import type { Translator } from '../../../core/i18n/translator';
import { defaultCountryOf } from '../../../core/knowledge/localise';
import { COUNTRIES, type Country } from '../../../core/messages/care-words';

/**
 * The language of the knowledge routes (decision 0034): `?lang=` when given, else `Accept-Language`, else en-GB;
 * `?country=` chooses whose care services and emergency number the texts name (default: the language's own country).
 * A local negotiation with the shared locales.ts helpers; D1's request-language.ts can replace it when merged.
 */
export const KnowledgeLanguageQuery = {
  lang: z
    .enum(LOCALES)
    .optional()
    .describe('Language of the answer (en-GB, en-US, es, de); default: from Accept-Language, else en-GB'),
  country: z
    .enum(COUNTRIES)
    .optional()
    .describe(
      'Whose care services and emergency number the texts name (GB, US, ES, DE, other); default: the language’s',
    ),
};

export interface KnowledgeLanguage {
  locale: Locale;
  country: Country;
  /** Nothing asked (no lang, no country, no Accept-Language): answer today's en-GB bytes. */
  isDefault: boolean;
}

export function knowledgeLanguage(
  request: FastifyRequest,
  query: { lang?: Locale | undefined; country?: Country | undefined },
): KnowledgeLanguage {
  const header = request.headers['accept-language'];
  const locale = query.lang ?? (negotiateLocale(parseAcceptLanguage(header)) as Locale);
  const country = query.country ?? defaultCountryOf(locale);
  const isDefault = query.lang === undefined && query.country === undefined && header === undefined;
  return { locale, country, isDefault };
}

/** Says which language answered, and that the answer depends on Accept-Language (for caches). */
export function setLanguageHeaders(reply: FastifyReply, locale: Locale): void {
  reply.header('content-language', locale).header('vary', 'Accept-Language');
}

const translators = new Map<Locale, Promise<Translator>>();

/** The knowledge namespace of one locale, loaded on first use and kept for the process. */
export function knowledgeTranslator(locale: Locale): Promise<Translator> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = loadTranslator(locale, ['knowledge']);
    translators.set(locale, translator);
  }
  return translator;
}
