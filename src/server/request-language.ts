import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { loadTranslator } from '../core/i18n/catalogs';
import { isLocale, LOCALES, type Locale, negotiateLocale, parseAcceptLanguage } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { defaultCountryOf } from '../core/knowledge/localise';
import { COUNTRIES, type Country, isCountry } from '../core/messages/care-words';

/**
 * `?lang=` and `?country=` on routes whose answers carry text: the language (over Accept-Language, as the knowledge
 * routes take it) and which country's care services and emergency number the texts name.
 */
export const CountryQuerySchema = z.object({
  lang: z
    .enum(LOCALES)
    .optional()
    .describe(
      'The language of the answer (en-GB, en-US, es, de), over Accept-Language; default: from Accept-Language, else en-GB.',
    ),
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
  const query = request.query as { country?: unknown; lang?: unknown } | undefined;
  const asked = typeof query?.country === 'string' ? query.country : undefined;
  const lang = typeof query?.lang === 'string' ? query.lang : undefined;
  // Nearly every request asks for nothing: its answer is worked out once (below, the same way) and shared.
  if (header === undefined && asked === undefined && lang === undefined) {
    defaultLanguage ??= Object.freeze(negotiate(undefined, undefined, undefined));
    return defaultLanguage;
  }
  return negotiate(header, asked, lang);
}

let defaultLanguage: RequestLanguage | undefined;

function negotiate(header: unknown, asked: string | undefined, lang: string | undefined): RequestLanguage {
  // ?lang= wins over the header (an invalid value is refused by the route's schema, so never answered or cached).
  const tags = lang !== undefined ? [lang] : parseAcceptLanguage(typeof header === 'string' ? header : undefined);
  const locale = lang !== undefined && isLocale(lang) ? lang : (negotiateLocale(tags) as Locale); // never en-XA
  const country = asked !== undefined && isCountry(asked) ? asked : countryOfTags(tags, locale);
  return { locale, country, isDefault: header === undefined && asked === undefined && lang === undefined };
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
