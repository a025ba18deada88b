import { describe, expect, it } from 'vitest';
import { dayAtNoon, formatOffset, parseDateInput } from './date-input';

describe('parseDateInput: the one reader of typed dates', () => {
  it.each([
    ['2026-11-30', { kind: 'day', day: '2026-11-30' }],
    ['2028-02-29', { kind: 'day', day: '2028-02-29' }],
    ['2026-11-30T02:15:00+01:00', { kind: 'instant', instant: '2026-11-30T02:15:00+01:00' }],
    ['2026-11-30T02:15:00Z', { kind: 'instant', instant: '2026-11-30T02:15:00Z' }],
  ])('accepts %s', (text, expected) => {
    expect(parseDateInput(text)).toEqual(expected);
  });

  it.each([
    'yesterday',
    '2026-02-30',
    '2027-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-02-30T10:00:00Z',
    '2026-11-30T25:00:00Z',
    '',
  ])('refuses %j instead of rolling it over', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });
});

describe('dayAtNoon and formatOffset', () => {
  it('writes noon with the offset in force at noon that day', () => {
    expect(dayAtNoon('2026-11-30', () => 60)).toBe('2026-11-30T12:00:00+01:00');
    expect(dayAtNoon('2026-07-01', () => -240)).toBe('2026-07-01T12:00:00-04:00');
    // The offset changes between UTC noon and local noon: the one in force at local noon wins.
    const offsetAt = (instant: Date) => (instant.getTime() < Date.parse('2026-03-29T15:00:00Z') ? -600 : -540);
    expect(dayAtNoon('2026-03-29', offsetAt)).toBe('2026-03-29T12:00:00-09:00');
  });

  it('formats offsets east and west of UTC, with minutes', () => {
    expect([formatOffset(0), formatOffset(330), formatOffset(-330), formatOffset(-600)]).toEqual([
      '+00:00',
      '+05:30',
      '-05:30',
      '-10:00',
    ]);
  });
});
