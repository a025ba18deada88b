import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslator } from '../i18n/catalogs';
import type { Translator } from '../i18n/translator';
import {
  formatFrequency,
  formatFrequencyIn,
  formatMinutes,
  formatMinutesIn,
  formatNumber,
  formatNumberIn,
} from './numbers';

let en: Translator;
let de: Translator;
let es: Translator;
beforeAll(async () => {
  en = await loadTranslator('en-GB', ['labels']);
  de = await loadTranslator('de', ['labels']);
  es = await loadTranslator('es', ['labels']);
});

describe('numbers through Intl and ICU plurals', () => {
  it('en-GB reads exactly as the English helpers for any number a person reads (|x| ≥ 1e-6, or 0)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(0),
          fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e6, max: -1e-6, noNaN: true }),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          expect(formatNumberIn(en, value, digits)).toBe(formatNumber(value, digits));
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
    expect(formatNumberIn(en, null)).toBe('-');
    for (const m of [null, 0, 4.25, 12, 1234.56]) expect(formatMinutesIn(en, m)).toBe(formatMinutes(m));
    for (const [episodes, days] of [
      [1, 1],
      [2, 1],
      [0, 3],
      [1234, 1500],
    ] as const)
      expect(formatFrequencyIn(en, { episodes, perWeek: null }, days)).toBe(
        formatFrequency({ episodes, perWeek: null }, days),
      );
    expect(formatFrequencyIn(en, { episodes: 9, perWeek: 1.5 }, 42)).toBe('1.5 a week');
  });

  it('German and Spanish use their decimal comma and their own plural forms', () => {
    expect(formatNumberIn(de, 4.25)).toBe('4,3');
    expect(formatNumberIn(es, 0.02)).toBe('0,02');
    expect(formatMinutesIn(de, 4.25)).toBe('4,3 Min.');
    expect(formatFrequencyIn(de, { episodes: 1, perWeek: null }, 1)).toBe('1 Episode in 1 Tag');
    expect(formatFrequencyIn(de, { episodes: 2, perWeek: null }, 3)).toBe('2 Episoden in 3 Tagen');
    expect(formatFrequencyIn(es, { episodes: 2, perWeek: null }, 1)).toBe('2 episodios en 1 día');
    expect(formatFrequencyIn(es, { episodes: 9, perWeek: 1.5 }, 42)).toBe('1,5 a la semana');
  });
});
