import { describe, expect, it } from 'vitest';
import { loadTranslator } from './catalogs';
import { localeTagsFromEnv, negotiateLocale, parseAcceptLanguage } from './locales';
import { pseudoLocalise } from './pseudo';
import { MissingMessageError } from './translator';

describe('choosing the locale', () => {
  it.each([
    [['es-MX', 'en'], 'es'],
    [['de-AT'], 'de'],
    [['en-AU'], 'en-GB'],
    [['en-US'], 'en-US'],
    [['en_US'], 'en-US'],
    [['fr-FR', 'de'], 'de'],
    [['fr-FR'], 'en-GB'],
    [[], 'en-GB'],
  ])('%j → %s', (tags, expected) => {
    expect(negotiateLocale(tags)).toBe(expected);
  });

  it('offers the pseudo-locale only when asked to', () => {
    expect(negotiateLocale(['en-XA'])).toBe('en-GB');
    expect(negotiateLocale(['en-XA'], true)).toBe('en-XA');
  });

  it('reads Accept-Language by weight, dropping q=0 and *', () => {
    expect(parseAcceptLanguage('de;q=0.5, es-ES, fr;q=0, *;q=0.1')).toEqual(['es-ES', 'de']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('reads LC_ALL before LANG, and C as nothing', () => {
    expect(localeTagsFromEnv({ LANG: 'de_DE.UTF-8', LC_ALL: 'es_ES.UTF-8' })).toEqual(['es-ES']);
    expect(localeTagsFromEnv({ LANG: 'C.UTF-8' })).toEqual([]);
    expect(localeTagsFromEnv({})).toEqual([]);
  });
});

describe('the translator', () => {
  it('fills ICU plurals by the locale’s rules', async () => {
    const de = await loadTranslator('de', ['common']);
    expect(de.t('common.count.day', { count: 1 })).toBe('1 Tag');
    expect(de.t('common.count.day', { count: 2 })).toBe('2 Tage');
    const es = await loadTranslator('es', ['common']);
    expect(es.t('common.count.episode', { count: 0 })).toBe('0 episodios');
  });

  it('formats numbers and dates with Intl', async () => {
    const de = await loadTranslator('de', ['common']);
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(de.date(Date.UTC(2026, 11, 7), { dateStyle: 'long', timeZone: 'UTC' })).toBe('7. Dezember 2026');
    expect(de.list(['a', 'b', 'c'])).toBe('a, b und c');
  });

  it('throws on a key no catalog has', async () => {
    const en = await loadTranslator('en-GB', ['common']);
    expect(() => en.t('common.no-such-key')).toThrow(MissingMessageError);
    expect(en.has('common.count.day')).toBe(true);
  });

  it('pseudo-localises the source text: accented, 40 % longer', async () => {
    const pseudo = await loadTranslator('en-XA', ['common']);
    const text = pseudo.t('common.count.day', { count: 3 });
    expect(text).toBe(pseudoLocalise('3 days'));
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('3 days'.length * 1.4));
    expect(text).toMatch(/ð/);
  });
});
