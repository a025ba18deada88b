/**
 * The languages Knead speaks, and how a request, a terminal or a browser chooses one. The language is apart from
 * the country (care-words.ts): a Spanish speaker in Germany reads Spanish with German care words and 112.
 * Stable ids (care levels, rule ids, vocabulary) never change with the language; only their words do.
 */
export const LOCALES = ['en-GB', 'en-US', 'es', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** The source language: every catalog is translated from it, and it answers when nothing else matches. */
export const SOURCE_LOCALE: Locale = 'en-GB';

/**
 * A pseudo-locale for testing layouts: the source text accented and 40 % longer (pseudo.ts). Never offered to users.
 */
export const PSEUDO_LOCALE = 'en-XA';
export type AnyLocale = Locale | typeof PSEUDO_LOCALE;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our locales for a list of BCP 47 tags in order of preference: an exact match, then the same
 * language (es-MX → es, de-AT → de, en-AU → en-GB, en-US → en-US), else the source locale.
 * @example negotiateLocale(['es-MX', 'en']) // 'es'
 */
export function negotiateLocale(requested: readonly string[], allowPseudo = false): AnyLocale {
  for (const raw of requested) {
    const tag = raw.trim();
    if (tag === '') continue;
    if (allowPseudo && tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const [language, ...rest] = tag.toLowerCase().split(/[-_]/);
    if (language === 'en') return rest.includes('us') ? 'en-US' : 'en-GB';
    const sameLanguage = LOCALES.find((locale) => locale.split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return SOURCE_LOCALE;
}

/**
 * The tags of an HTTP Accept-Language header, most wanted first (q=0 is "not this"; ties keep their order).
 * @example parseAcceptLanguage('de;q=0.5, es-ES, *;q=0.1') // ['es-ES', 'de']
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: { tag: string; q: number; index: number }[] = [];
  header.split(',').forEach((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (tag.trim() === '' || tag.trim() === '*' || !Number.isFinite(q) || q <= 0) return;
    ranges.push({ tag: tag.trim(), q, index });
  });
  return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map((range) => range.tag);
}

/**
 * The tags a terminal asks for: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them ("es_ES.UTF-8" → "es-ES").
 * "C" and "POSIX" ask for nothing in particular.
 */
export function localeTagsFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const tag = value.split('.')[0]?.split('@')[0]?.replace('_', '-') ?? '';
    if (tag === 'C' || tag === 'POSIX' || tag === '') return [];
    return [tag];
  }
  return [];
}
