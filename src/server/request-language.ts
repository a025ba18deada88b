import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadTranslator } from '../core/i18n/catalogs';
import { type Locale, negotiateLocale, parseAcceptLanguage } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { defaultCountryOf } from '../core/knowledge/localise';
import { COUNTRIES, type Country, isCountry } from '../core/messages/care-words';

/** `?country=` on routes whose answers name care services: which country's services and emergency number. */
export const CountryQuerySchema = z.object({
  country: z
    .enum(COUNTRIES)
    .optional()
    .describe(
      'Whose care services and emergency number the texts name (GB: GP, 111, 999; US: doctor, urgent care, 911; ES and DE: their own, 112; other: 112). Default: the region of the Accept-Language tag that chose the language (es-ES → ES, en-US → US; a region Knead has no words for → other), else the language’s own country (en-GB → GB, es → ES, de → DE).',
    ),
});

/** `Accept-Language` as OpenAPI documents it (any value is accepted: unknown languages answer in en-GB). */
export const AcceptLanguageHeaderSchema = z.looseObject({
  'accept-language': z
    .string()
    .optional()
    .describe(
      'The languages the reader wants (RFC 9110), e.g. "es-ES, en;q=0.5". Knead answers in en-GB, en-US, es or de, and says which in Content-Language.',
    ),
});

export interface RequestLanguage {
  locale: Locale;
  country: Country;
  /** True when the request asked for nothing (no Accept-Language, no country): today's en-GB and GB answer. */
  isDefault: boolean;
}

/**
 * The country when the request names none: the region of the tag that chose the language (es-MX → other, since Knead
 * has no Mexican words; es-ES → ES), else the language's own country.
 */
function countryOfTags(tags: readonly string[], locale: Locale): Country {
  const language = locale.split('-')[0];
  const chosen = tags.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language);
  const region = chosen?.split(/[-_]/).find((part, index) => index > 0 && /^[A-Za-z]{2}$/.test(part));
  if (!region) return defaultCountryOf(locale);
  const upper = region.toUpperCase() === 'UK' ? 'GB' : region.toUpperCase();
  return upper !== 'OTHER' && isCountry(upper) ? upper : 'other';
}

/** The language and the country of a request (Accept-Language, `?country=`). The country is validated by the route. */
export function requestLanguage(request: FastifyRequest): RequestLanguage {
  const header = request.headers['accept-language'];
  const query = request.query as { country?: unknown } | undefined;
  const asked = typeof query?.country === 'string' ? query.country : undefined;
  const tags = parseAcceptLanguage(typeof header === 'string' ? header : undefined);
  const locale = negotiateLocale(tags) as Locale; // the API never offers the pseudo-locale
  const country = asked !== undefined && isCountry(asked) ? asked : countryOfTags(tags, locale);
  return { locale, country, isDefault: header === undefined && asked === undefined };
}

const translators = new Map<Locale, Promise<Translator>>();

/** One translator per locale with every namespace, loaded on first use and kept for the process. */
export function translatorFor(locale: Locale): Promise<Translator> {
  let translator = translators.get(locale);
  if (!translator) {
    translator = loadTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}
