import { describe, expect, it } from 'vitest';
import { formatMinutes, formatWhen, toLocalDay } from './format';

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
  it('shows the year only when it is not this year', () => {
    const now = new Date('2026-12-03T06:00:00Z');
    expect(formatWhen('2031-03-01T08:00:00Z', now)).toContain('2031');
    expect(formatWhen('2025-12-31T08:00:00Z', now)).toContain('2025');
    expect(formatWhen('2026-03-01T08:00:00Z', now)).not.toContain('2026');
  });
});
