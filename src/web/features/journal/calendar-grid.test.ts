import { describe, expect, it } from 'vitest';
import { buildMonthGrid } from './calendar-grid';

describe('buildMonthGrid', () => {
  it('starts on Monday and holds every day of the month', () => {
    // March 2026 starts on a Sunday: six padding cells before the 1st.
    const grid = buildMonthGrid(2026, 2);
    expect(grid.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(grid[6]?.getDate()).toBe(1);
    expect(grid.filter(Boolean)).toHaveLength(31);
  });
});
