import { describe, expect, it } from 'vitest';
import { medianInterval } from './report-stats';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval (binomial order-statistic interval)', () => {
  it('says "too few" (null) below three values', () => {
    expect(medianInterval([])).toBeNull();
    expect(medianInterval([2, 3])).toBeNull();
  });

  it('matches the published order statistics: n = 10 → x(2)..x(9), n = 20 → x(6)..x(15)', () => {
    const ten = medianInterval(range(10).reverse());
    expect(ten).toMatchObject({ median: 5.5, lower: 2, upper: 9 });
    expect(ten?.coverage).toBeCloseTo(1 - (2 * 11) / 1024, 10);
    const twenty = medianInterval(range(20));
    expect(twenty).toMatchObject({ median: 10.5, lower: 6, upper: 15 });
    expect(twenty?.coverage).toBeCloseTo(0.9586, 4);
  });

  it('below six values spans min to max and reports the coverage it really has', () => {
    const five = medianInterval([4, 1, 3, 2, 5]);
    expect(five).toMatchObject({ median: 3, lower: 1, upper: 5 });
    expect(five?.coverage).toBeCloseTo(1 - 2 / 32, 10);
  });

  it('always holds the median and keeps ≥ 95 % coverage from n = 6, even for thousands of values', () => {
    for (const n of [6, 7, 13, 50, 333, 5000]) {
      const interval = medianInterval(range(n).map((v) => (v * 7919) % n));
      expect(interval).not.toBeNull();
      const { median, lower, upper, coverage } = interval as NonNullable<typeof interval>;
      expect(lower).toBeLessThanOrEqual(median);
      expect(upper).toBeGreaterThanOrEqual(median);
      expect(coverage).toBeGreaterThanOrEqual(0.95);
      expect(coverage).toBeLessThan(1);
    }
  });
});
