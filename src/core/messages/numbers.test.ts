import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, formatNumber } from './numbers';

describe('formatNumber', () => {
  it.each([
    [2.345, '2.3'],
    [2, '2'],
    [0, '0'],
    [0.02, '0.02'],
    [0.049, '0.05'],
    [0.06, '0.1'],
    [-0.003, '-0.003'],
    [null, '-'],
    [Number.NaN, '-'],
  ])('%s → %s', (value, expected) => expect(formatNumber(value)).toBe(expected));

  it('never shows a non-zero value as 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        fc.pre(value !== 0);
        expect(Number(formatNumber(value))).not.toBe(0);
      }),
    );
  });
});

describe('countOf', () => {
  it.each([
    [1, 'day', '1 day'],
    [0, 'day', '0 days'],
    [14, 'day', '14 days'],
    [2, 'entry', '2 entries', 'entries'],
  ])('%s %s → %s', (count, noun, expected, plural?: string) => expect(countOf(count, noun, plural)).toBe(expected));
});
