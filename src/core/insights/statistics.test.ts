import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber, isoWeek, localHour } from './calendar';
import { mean, quantileSorted, relativeRisk, slope } from './statistics';

describe('statistics', () => {
  it('computes hand-checked quantiles, means and slopes', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([2, 4, 6, 20], 0.9)).toBeCloseTo(15.8, 10);
    expect(quantileSorted([], 0.5)).toBeNull();
    expect(mean([2, 4, 9])).toBe(5);
    expect(slope([0, 1, 2], [1, 3, 5])).toBe(2);
    expect(slope([3, 3], [1, 2])).toBeNull();
  });

  it('computes a relative risk with its log-method 95 % CI (10/20 vs 5/40)', () => {
    const rr = relativeRisk(10, 20, 5, 40);
    expect(rr.relativeRisk).toBe(4);
    // se = sqrt(1/10 − 1/20 + 1/5 − 1/40) = 0.47434; exp(ln 4 ± 1.96 × se)
    expect(rr.ci95.lower).toBeCloseTo(1.5787, 3);
    expect(rr.ci95.upper).toBeCloseTo(10.135, 2);
  });

  it('keeps the interval finite with a zero cell and always brackets the estimate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.nat(),
        (n1, n2, a, c) => {
          const rr = relativeRisk(a % (n1 + 1), n1, c % (n2 + 1), n2);
          expect(Number.isFinite(rr.ci95.lower) && Number.isFinite(rr.ci95.upper)).toBe(true);
          expect(rr.ci95.lower).toBeLessThanOrEqual(rr.relativeRisk * (1 + 1e-9));
          expect(rr.ci95.upper).toBeGreaterThanOrEqual(rr.relativeRisk * (1 - 1e-9));
        },
      ),
    );
  });
});

describe('calendar', () => {
  it('reads the local day and hour as written, whatever the offset', () => {
    expect(localHour('2026-03-10T23:30:00-05:00')).toBe(23);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayFromNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('finds ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toEqual({ label: '2026-W01', start: '2025-12-29' });
    expect(isoWeek('2021-01-03')).toEqual({ label: '2020-W53', start: '2020-12-28' });
    expect(isoWeek('2026-03-10')).toEqual({ label: '2026-W11', start: '2026-03-09' });
  });
});
