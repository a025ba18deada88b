import { describe, expect, it } from 'vitest';
import { formatMinutes, toLocalDay } from './format';

describe('format', () => {
  it('formats durations for people', () => {
    expect(formatMinutes(0.5)).toBe('30 s');
    expect(formatMinutes(7)).toBe('7 min');
    expect(formatMinutes(90)).toBe('1 h 30 min');
    expect(formatMinutes(120)).toBe('2 h');
  });
  it('gives the local day (TZ=UTC in tests)', () => {
    expect(toLocalDay('2026-03-01T23:30:00Z')).toBe('2026-03-01');
  });
});
