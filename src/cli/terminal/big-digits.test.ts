import { describe, expect, it } from 'vitest';
import { formatClock, renderBigText, renderProgressBar } from './big-digits';

describe('countdown display', () => {
  it('formats the clock rounding up, never negative', () => {
    expect(formatClock(90_000)).toBe('1:30');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('renders 5 rows of equal width for big digits', () => {
    const rows = renderBigText('12:05');
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => [...r].length)).size).toBe(1);
    expect([...rows[0]!].length).toBe(5 * 4 + 4);
  });

  it('fills the progress bar in proportion, clamped to 0–1', () => {
    expect(renderProgressBar(0.5, 10)).toBe('█████░░░░░');
    expect(renderProgressBar(2, 4)).toBe('████');
    expect(renderProgressBar(-1, 4)).toBe('░░░░');
  });
});
