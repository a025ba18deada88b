import { describe, expect, it } from 'vitest';
import { CliLanguageError, resolveCliLanguage } from './cli-language';

describe('the language and country of a knead run', () => {
  it('speaks today’s English with UK care words when nothing asks otherwise', () => {
    expect(resolveCliLanguage({}, {})).toEqual({ locale: 'en-GB', explicit: false, place: { country: 'GB' } });
    expect(resolveCliLanguage({}, { LANG: 'C.UTF-8' }).locale).toBe('en-GB');
  });

  it('follows LC_ALL before LC_MESSAGES before LANG, and takes the country from the region', () => {
    expect(resolveCliLanguage({}, { LANG: 'de_DE.UTF-8', LC_ALL: 'es_ES.UTF-8' })).toEqual({
      locale: 'es',
      explicit: false,
      place: { country: 'ES' },
    });
    expect(resolveCliLanguage({}, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'de_AT.UTF-8' })).toEqual({
      locale: 'de',
      explicit: false,
      place: { country: 'other' },
    });
  });

  it('lets --lang win over the environment, and marks it explicit (only then does JSON change)', () => {
    const language = resolveCliLanguage({ lang: 'de' }, { LANG: 'es_ES.UTF-8' });
    expect(language).toEqual({ locale: 'de', explicit: true, place: { country: 'DE' } });
    expect(resolveCliLanguage({ lang: 'es-MX' }, {}).place.country).toBe('other');
    expect(resolveCliLanguage({ lang: 'en-US' }, {}).place.country).toBe('US');
  });

  it('keeps the country apart from the language: Spanish words with German care words', () => {
    expect(resolveCliLanguage({ lang: 'es', country: 'de' }, {})).toEqual({
      locale: 'es',
      explicit: true,
      place: { country: 'DE' },
    });
    expect(resolveCliLanguage({ country: 'UK' }, {}).place.country).toBe('GB');
  });

  it('refuses a language or country it has no words for, naming the flag', () => {
    expect(() => resolveCliLanguage({ lang: 'fr' }, {})).toThrow(CliLanguageError);
    expect(() => resolveCliLanguage({ lang: 'fr' }, {})).toThrow(/^--lang: "fr" is not a language Knead speaks/);
    expect(() => resolveCliLanguage({ country: 'FR' }, {})).toThrow(/^--country: "FR"/);
  });
});
